import Contracts
import Foundation
import GRDB

/// The `TestGateway`'s memory in `gatewayKey`, `gatewayHold` and `gatewayCounter` (R3).
///
/// A call loads only what it touches (the ids issued, one idempotency key, one hold) and saves back what it
/// changed, in the transaction that records its outcome, so a restarted service gets the same answers:
/// `tok_processing_error` still fails only once per key, ids are never issued twice, and voids, captures and
/// refunds find their hold. A key's final answer is kept in columns (`payments-v3`): the approved authorisation
/// id or the decline code, and the card. Every statement is prepared once per connection and reads and binds its
/// columns by name.
enum GatewayMemoryRecords {
    // MARK: - Reads

    /// A gateway remembering the ids issued and, when given, the key `idempotencyKey` and the hold
    /// `authorisationID`, as stored.
    static func load(key idempotencyKey: String? = nil, hold authorisationID: String? = nil, in db: Database) throws
        -> TestGateway
    {
        let issued =
            try Int.fetchOne(db.cachedStatement(sql: "SELECT issued FROM gatewayCounter WHERE id = 1")) ?? 0
        var keys: [String: TestGateway.KeyRecord] = [:]
        if let idempotencyKey,
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT attempts, approvedID, declineCode, cardFingerprint, cardBrand, cardLast4, cardCountry
                        FROM gatewayKey WHERE idempotencyKey = :idempotencyKey
                        """),
                arguments: ["idempotencyKey": idempotencyKey])
        {
            keys[idempotencyKey] = TestGateway.KeyRecord(
                attempts: row["attempts"], finalResponse: try finalResponse(row, key: idempotencyKey))
        }
        var holds: [String: TestGateway.Hold] = [:]
        if let authorisationID,
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT amountMinor, currency, capturedMinor, voided, refundedMinor
                        FROM gatewayHold WHERE authorisationID = :authorisationID
                        """),
                arguments: ["authorisationID": authorisationID])
        {
            let currency = try StoredValues.currency(
                row["currency"], table: "gatewayHold", key: authorisationID, column: "currency")
            holds[authorisationID] = TestGateway.Hold(
                amount: Money(minorUnits: row["amountMinor"], currency: currency),
                captured: (row["capturedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                voided: row["voided"],
                refunded: (row["refundedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) })
        }
        return TestGateway(issued: issued, keys: keys, holds: holds)
    }

    /// The final answer of a `gatewayKey` row: none until the row has a card.
    private static func finalResponse(_ row: Row, key: String) throws -> GatewayResponse? {
        guard let card = try StoredValues.card(in: row, table: "gatewayKey", key: key) else { return nil }
        if let id = row["approvedID"] as String? {
            return GatewayResponse(result: .approved(authorisationID: id), card: card)
        }
        guard let code = (row["declineCode"] as String?).flatMap(DeclineCode.init(rawValue:)) else {
            throw PaymentsHandlingError.corruptRow(table: "gatewayKey", key: key, column: "declineCode")
        }
        return GatewayResponse(result: .declined(code), card: card)
    }

    // MARK: - Writes

    /// Saves what `gateway` changed since it was `loaded`: the ids issued, and each key and hold that is new or
    /// different.
    static func save(_ gateway: TestGateway, since loaded: TestGateway, in db: Database) throws {
        if gateway.issued != loaded.issued {
            try db.cachedStatement(
                sql: """
                    INSERT INTO gatewayCounter(id, issued) VALUES(1, :issued)
                    ON CONFLICT(id) DO UPDATE SET issued = excluded.issued
                    """
            ).execute(arguments: ["issued": gateway.issued])
        }
        for (key, record) in gateway.keys where loaded.keys[key] != record {
            try save(record, key: key, in: db)
        }
        for (id, hold) in gateway.holds where loaded.holds[id] != hold {
            try db.cachedStatement(
                sql: """
                    INSERT INTO gatewayHold(
                        authorisationID, amountMinor, currency, capturedMinor, voided, refundedMinor)
                    VALUES(:authorisationID, :amountMinor, :currency, :capturedMinor, :voided, :refundedMinor)
                    ON CONFLICT(authorisationID) DO UPDATE
                        SET capturedMinor = excluded.capturedMinor, voided = excluded.voided,
                            refundedMinor = excluded.refundedMinor
                    """
            ).execute(arguments: [
                "authorisationID": id, "amountMinor": hold.amount.minorUnits, "currency": hold.amount.currency.code,
                "capturedMinor": hold.captured?.minorUnits, "voided": hold.voided,
                "refundedMinor": hold.refunded?.minorUnits,
            ])
        }
    }

    /// Creates or replaces the row of one idempotency key.
    private static func save(_ record: TestGateway.KeyRecord, key: String, in db: Database) throws {
        var approvedID: String?
        var declineCode: DeclineCode?
        switch record.finalResponse?.result {
        case .approved(let id): approvedID = id
        case .declined(let code): declineCode = code
        case .transientFailure: preconditionFailure("key \(key): a transient failure kept as the final answer")
        case nil: break
        }
        var arguments = StatementArguments(StoredValues.cardArguments(record.finalResponse?.card))
        arguments += [
            "idempotencyKey": key, "attempts": record.attempts, "approvedID": approvedID,
            "declineCode": declineCode?.rawValue,
        ]
        try db.cachedStatement(
            sql: """
                INSERT INTO gatewayKey(
                    idempotencyKey, attempts, approvedID, declineCode, cardFingerprint, cardBrand, cardLast4, cardCountry)
                VALUES(
                    :idempotencyKey, :attempts, :approvedID, :declineCode, :cardFingerprint, :cardBrand, :cardLast4,
                    :cardCountry)
                ON CONFLICT(idempotencyKey) DO UPDATE SET
                    attempts = excluded.attempts, approvedID = excluded.approvedID, declineCode = excluded.declineCode,
                    cardFingerprint = excluded.cardFingerprint, cardBrand = excluded.cardBrand,
                    cardLast4 = excluded.cardLast4, cardCountry = excluded.cardCountry
                """
        ).execute(arguments: arguments)
    }
}
