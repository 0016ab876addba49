import Contracts
import Foundation
import GRDB

/// How the payments tables hold the values that are not plain text or integers (`payments-v3`): times as whole
/// milliseconds since 1970 (`DomainTime.milliseconds`), currencies as ISO 4217 codes beside integer minor units, and a card as four columns
/// (fingerprint, brand, last four, country), the fingerprint NULL when there is no card.
enum StoredValues {
    /// The currency of `code`, read from `column` of the `table` row `key`.
    static func currency(_ code: String, table: String, key: String, column: String) throws -> CurrencyCode {
        guard let currency = CurrencyCode(code) else {
            throw PaymentsHandlingError.corruptRow(table: table, key: key, column: column)
        }
        return currency
    }

    /// The card in the four columns of `row` from `index` on, nil when its fingerprint is NULL.
    static func card(_ row: Row, at index: Int, table: String, key: String) throws -> CardDetails? {
        guard let fingerprint = row[index] as String? else { return nil }
        let country: CountryCode?
        if let code = row[index + 3] as String? {
            guard let known = CountryCode(code) else {
                throw PaymentsHandlingError.corruptRow(table: table, key: key, column: "cardCountry")
            }
            country = known
        } else {
            country = nil
        }
        return CardDetails(fingerprint: fingerprint, brand: row[index + 1], last4: row[index + 2], country: country)
    }

    /// The values of the four card columns, in their order.
    static func cardColumns(_ card: CardDetails?) -> [(any DatabaseValueConvertible)?] {
        [card?.fingerprint, card?.brand, card?.last4, card?.country?.code]
    }
}
