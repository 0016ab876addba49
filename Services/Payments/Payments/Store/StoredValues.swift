import Contracts
import Foundation
import GRDB

/// How the payments tables hold the values that are not plain text or integers (`payments-v3`): times as whole
/// milliseconds since 1970 (`DomainTime.milliseconds`), currencies as ISO 4217 codes beside integer minor units,
/// and a card as four columns, `cardFingerprint`, `cardBrand`, `cardLast4` and `cardCountry`, the fingerprint NULL
/// when there is no card.
enum StoredValues {
    /// The currency of `code`, read from `column` of the `table` row `key`.
    static func currency(_ code: String, table: String, key: String, column: String) throws -> CurrencyCode {
        guard let currency = CurrencyCode(code) else {
            throw PaymentsHandlingError.corruptRow(table: table, key: key, column: column)
        }
        return currency
    }

    /// The card in the four card columns of `row`, nil when its fingerprint is NULL.
    static func card(in row: Row, table: String, key: String) throws -> CardDetails? {
        guard let fingerprint = row["cardFingerprint"] as String? else { return nil }
        let country: CountryCode?
        if let code = row["cardCountry"] as String? {
            guard let known = CountryCode(code) else {
                throw PaymentsHandlingError.corruptRow(table: table, key: key, column: "cardCountry")
            }
            country = known
        } else {
            country = nil
        }
        return CardDetails(fingerprint: fingerprint, brand: row["cardBrand"], last4: row["cardLast4"], country: country)
    }

    /// The values of the four card columns by name, for a statement's named arguments.
    static func cardArguments(_ card: CardDetails?) -> [String: (any DatabaseValueConvertible)?] {
        [
            "cardFingerprint": card?.fingerprint, "cardBrand": card?.brand, "cardLast4": card?.last4,
            "cardCountry": card?.country?.code,
        ]
    }
}
