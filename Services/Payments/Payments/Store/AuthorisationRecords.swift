import Contracts
import Foundation
import GRDB

/// The `authorisation` table (`payments-v3`): one row per order, the `Authorisation` domain value column by column:
/// money in integer minor units beside its ISO 4217 `currency` (a capture is always in the authorised currency, so
/// `capturedMinor` shares it), the card in four columns, times in whole milliseconds since 1970.
///
/// Every read and write goes through a statement prepared once per connection, and reads and binds its columns by
/// name.
enum AuthorisationRecords {
    /// Every column, as `Authorisation(row:)` reads them.
    private static let columns = [
        "orderID", "amountMinor", "currency", "paymentToken", "state", "attempts", "nextAttemptAt",
        "cardFingerprint", "cardBrand", "cardLast4", "cardCountry", "authorisationID", "declineCode", "decidedAt",
        "voidedAt", "capturedMinor", "capturedAt", "refundedAt",
    ]

    /// The columns an input may change: every one but the order id, the amount and the token.
    private static let changingColumns = columns.dropFirst(4)

    // MARK: - Reads

    /// The authorisation of `orderID`, if its `order.placed` was applied.
    static func find(_ orderID: OrderID, in db: Database) throws -> Authorisation? {
        try Row.fetchOne(db.cachedStatement(sql: findSQL), arguments: ["orderID": orderID.rawValue])
            .map { try Authorisation(row: $0) }
    }

    // MARK: - Writes

    /// Inserts the authorisation of an order placed just now.
    static func insert(_ authorisation: Authorisation, in db: Database) throws {
        var arguments = changingArguments(authorisation)
        arguments += [
            "amountMinor": authorisation.amount.minorUnits, "currency": authorisation.amount.currency.code,
            "paymentToken": authorisation.paymentToken,
        ]
        try db.cachedStatement(sql: insertSQL).execute(arguments: arguments)
    }

    /// Saves what an input may have changed.
    static func update(_ authorisation: Authorisation, in db: Database) throws {
        try db.cachedStatement(sql: updateSQL).execute(arguments: changingArguments(authorisation))
    }

    /// The order id and the changing columns' values, by name.
    private static func changingArguments(_ authorisation: Authorisation) -> StatementArguments {
        let amount = authorisation.amount
        if let captured = authorisation.captured {
            precondition(
                captured.currency == amount.currency,
                "order \(authorisation.orderID) captured \(captured) of \(amount)")
        }
        var arguments = StatementArguments(StoredValues.cardArguments(authorisation.card))
        arguments += [
            "orderID": authorisation.orderID.rawValue, "state": authorisation.state.rawValue,
            "attempts": authorisation.attempts,
            "nextAttemptAt": authorisation.nextAttemptAt.map(DomainTime.milliseconds),
            "authorisationID": authorisation.authorisationID, "declineCode": authorisation.declineCode?.rawValue,
            "decidedAt": authorisation.decidedAt.map(DomainTime.milliseconds),
            "voidedAt": authorisation.voidedAt.map(DomainTime.milliseconds),
            "capturedMinor": authorisation.captured?.minorUnits,
            "capturedAt": authorisation.capturedAt.map(DomainTime.milliseconds),
            "refundedAt": authorisation.refundedAt.map(DomainTime.milliseconds),
        ]
        return arguments
    }

    private static let findSQL =
        "SELECT \(columns.joined(separator: ", ")) FROM authorisation WHERE orderID = :orderID"

    private static let insertSQL = """
        INSERT INTO authorisation(\(columns.joined(separator: ", ")))
        VALUES(\(columns.map { ":\($0)" }.joined(separator: ", ")))
        """

    private static let updateSQL = """
        UPDATE authorisation SET \(changingColumns.map { "\($0) = :\($0)" }.joined(separator: ", "))
        WHERE orderID = :orderID
        """
}

extension Authorisation {
    /// An `authorisation` row, as `AuthorisationRecords` selects it.
    init(row: Row) throws {
        let key: String = row["orderID"]
        let table = "authorisation"
        let currency = try StoredValues.currency(row["currency"], table: table, key: key, column: "currency")
        guard let state = AuthorisationState(rawValue: row["state"]) else {
            throw PaymentsHandlingError.corruptRow(table: table, key: key, column: "state")
        }
        var declineCode: DeclineCode?
        if let code = row["declineCode"] as String? {
            guard let known = DeclineCode(rawValue: code) else {
                throw PaymentsHandlingError.corruptRow(table: table, key: key, column: "declineCode")
            }
            declineCode = known
        }
        self.init(
            orderID: OrderID(rawValue: key), amount: Money(minorUnits: row["amountMinor"], currency: currency),
            paymentToken: row["paymentToken"], state: state, attempts: row["attempts"],
            nextAttemptAt: (row["nextAttemptAt"] as Int64?).map(DomainTime.date(milliseconds:)),
            card: try StoredValues.card(in: row, table: table, key: key),
            authorisationID: row["authorisationID"], declineCode: declineCode,
            decidedAt: (row["decidedAt"] as Int64?).map(DomainTime.date(milliseconds:)),
            voidedAt: (row["voidedAt"] as Int64?).map(DomainTime.date(milliseconds:)),
            captured: (row["capturedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            capturedAt: (row["capturedAt"] as Int64?).map(DomainTime.date(milliseconds:)),
            refundedAt: (row["refundedAt"] as Int64?).map(DomainTime.date(milliseconds:)))
    }
}
