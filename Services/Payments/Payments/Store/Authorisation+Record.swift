import Contracts
import Foundation
import GRDB

/// `Authorisation` as a row of `authorisation` (`payments-v3`), mapped by hand: money in integer minor units beside
/// its ISO 4217 `currency` (a capture is always in the authorised currency, so `capturedMinor` shares it), the card
/// in four columns, times in whole milliseconds since 1970.
///
/// Every read and write goes through a statement prepared once per connection, and rows are read by position:
/// a request of this type selects exactly `columns`, in their order.
extension Authorisation: FetchableRecord, TableRecord {
    public static let databaseTableName = "authorisation"

    /// The columns a row is read from, in the order `init(row:)` reads them.
    static let columns = [
        "orderID", "amountMinor", "currency", "paymentToken", "state", "attempts", "nextAttemptAt",
        "cardFingerprint", "cardBrand", "cardLast4", "cardCountry", "authorisationID", "declineCode", "decidedAt",
        "voidedAt", "capturedMinor", "capturedAt", "refundedAt",
    ]

    public static var databaseSelection: [any SQLSelectable] { columns.map { Column($0) } }

    /// Reads a row that holds `columns` in their order.
    public init(row: Row) throws {
        let key: String = row[0]
        func corrupt(_ column: String) -> PaymentsHandlingError {
            .corruptRow(table: Self.databaseTableName, key: key, column: column)
        }
        let currency = try StoredValues.currency(row[2], table: Self.databaseTableName, key: key, column: "currency")
        guard let state = AuthorisationState(rawValue: row[4]) else { throw corrupt("state") }
        var declineCode: DeclineCode?
        if let code = row[12] as String? {
            guard let known = DeclineCode(rawValue: code) else { throw corrupt("declineCode") }
            declineCode = known
        }
        self.init(
            orderID: OrderID(rawValue: key), amount: Money(minorUnits: row[1], currency: currency),
            paymentToken: row[3], state: state, attempts: row[5],
            nextAttemptAt: (row[6] as Int64?).map(DomainTime.date(milliseconds:)),
            card: try StoredValues.card(row, at: 7, table: Self.databaseTableName, key: key),
            authorisationID: row[11], declineCode: declineCode,
            decidedAt: (row[13] as Int64?).map(DomainTime.date(milliseconds:)),
            voidedAt: (row[14] as Int64?).map(DomainTime.date(milliseconds:)),
            captured: (row[15] as Int64?).map { Money(minorUnits: $0, currency: currency) },
            capturedAt: (row[16] as Int64?).map(DomainTime.date(milliseconds:)),
            refundedAt: (row[17] as Int64?).map(DomainTime.date(milliseconds:)))
    }

    // MARK: - Reads

    /// The authorisation of `orderID`, if its `order.placed` was applied.
    static func find(_ orderID: OrderID, in db: Database) throws -> Authorisation? {
        try fetchOne(db.cachedStatement(sql: findSQL), arguments: [orderID.rawValue])
    }

    // MARK: - Writes

    /// Inserts the authorisation of an order placed just now.
    func insert(in db: Database) throws {
        let values: [(any DatabaseValueConvertible)?] =
            [orderID.rawValue, amount.minorUnits, amount.currency.code, paymentToken] + changingValues
        try db.cachedStatement(sql: Self.insertSQL).execute(arguments: StatementArguments(values))
    }

    /// Saves what an input may have changed: every column but the order id, the amount and the token.
    func update(in db: Database) throws {
        try db.cachedStatement(sql: Self.updateSQL).execute(
            arguments: StatementArguments(changingValues + [orderID.rawValue]))
    }

    /// The columns from `state` on, in their order.
    private var changingValues: [(any DatabaseValueConvertible)?] {
        if let captured {
            precondition(captured.currency == amount.currency, "order \(orderID) captured \(captured) of \(amount)")
        }
        return [state.rawValue, attempts, nextAttemptAt.map(DomainTime.milliseconds)]
            + StoredValues.cardColumns(card)
            + [
                authorisationID, declineCode?.rawValue, decidedAt.map(DomainTime.milliseconds),
                voidedAt.map(DomainTime.milliseconds), captured?.minorUnits, capturedAt.map(DomainTime.milliseconds),
                refundedAt.map(DomainTime.milliseconds),
            ]
    }

    private static let findSQL = "SELECT \(columns.joined(separator: ", ")) FROM authorisation WHERE orderID = ?"

    private static let insertSQL = """
        INSERT INTO authorisation(\(columns.joined(separator: ", ")))
        VALUES(\(Array(repeating: "?", count: columns.count).joined(separator: ", ")))
        """

    /// The changing columns are those from `state` (the fifth) on.
    private static let updateSQL = """
        UPDATE authorisation SET \(columns.dropFirst(4).map { "\($0) = ?" }.joined(separator: ", "))
        WHERE orderID = ?
        """
}
