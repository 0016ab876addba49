import Contracts
import Foundation
import GRDB

/// The `TestGateway`'s memory in `gatewayKey`, `gatewayHold` and `gatewayCounter` (R3).
///
/// A call loads only what it touches (the ids issued, one idempotency key, one hold) and saves it back in the
/// transaction that records its outcome, so a restarted service gets the same answers: `tok_processing_error`
/// still fails only once per key, ids are never issued twice, and voids, captures and refunds find their hold.
enum GatewayStore {
    // MARK: - Reads

    /// A gateway remembering the ids issued and, when given, the key `idempotencyKey` and the hold
    /// `authorisationID`, as stored.
    static func load(key idempotencyKey: String? = nil, hold authorisationID: String? = nil, in db: Database) throws
        -> TestGateway
    {
        let issued = try Int.fetchOne(db, sql: "SELECT issued FROM gatewayCounter WHERE id = 1") ?? 0
        var keys: [String: TestGateway.KeyRecord] = [:]
        if let idempotencyKey,
            let row = try Row.fetchOne(
                db, sql: "SELECT attempts, finalResponse FROM gatewayKey WHERE idempotencyKey = ?",
                arguments: [idempotencyKey])
        {
            let final = try (row["finalResponse"] as String?).map {
                try decoder.decode(GatewayResponse.self, from: Data($0.utf8))
            }
            keys[idempotencyKey] = TestGateway.KeyRecord(attempts: row["attempts"], finalResponse: final)
        }
        var holds: [String: TestGateway.Hold] = [:]
        if let authorisationID,
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT amountMinor, currency, capturedMinor, voided, refundedMinor
                    FROM gatewayHold WHERE authorisationID = ?
                    """,
                arguments: [authorisationID])
        {
            guard let currency = CurrencyCode(row["currency"]) else {
                throw PaymentsServiceError.corruptRow(table: "gatewayHold", key: authorisationID, column: "currency")
            }
            holds[authorisationID] = TestGateway.Hold(
                amount: Money(minorUnits: row["amountMinor"], currency: currency),
                captured: (row["capturedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                voided: row["voided"],
                refunded: (row["refundedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) })
        }
        return TestGateway(issued: issued, keys: keys, holds: holds)
    }

    // MARK: - Writes

    /// Saves everything `gateway` remembers: the ids issued and each key and hold it was loaded with or made.
    static func save(_ gateway: TestGateway, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO gatewayCounter(id, issued) VALUES(1, ?)
                ON CONFLICT(id) DO UPDATE SET issued = excluded.issued
                """,
            arguments: [gateway.issued])
        for (key, record) in gateway.keys {
            let final = try record.finalResponse.map { String(decoding: try encoder.encode($0), as: UTF8.self) }
            try db.execute(
                sql: """
                    INSERT INTO gatewayKey(idempotencyKey, attempts, finalResponse) VALUES(?, ?, ?)
                    ON CONFLICT(idempotencyKey) DO UPDATE
                        SET attempts = excluded.attempts, finalResponse = excluded.finalResponse
                    """,
                arguments: [key, record.attempts, final])
        }
        for (id, hold) in gateway.holds {
            try db.execute(
                sql: """
                    INSERT INTO gatewayHold(
                        authorisationID, amountMinor, currency, capturedMinor, voided, refundedMinor)
                    VALUES(?, ?, ?, ?, ?, ?)
                    ON CONFLICT(authorisationID) DO UPDATE
                        SET capturedMinor = excluded.capturedMinor, voided = excluded.voided,
                            refundedMinor = excluded.refundedMinor
                    """,
                arguments: [
                    id, hold.amount.minorUnits, hold.amount.currency.code, hold.captured?.minorUnits, hold.voided,
                    hold.refunded?.minorUnits,
                ])
        }
    }

    private static let encoder: JSONEncoder = {
        let encoder = JSONEncoder()
        encoder.outputFormatting = .sortedKeys
        return encoder
    }()
    private static let decoder = JSONDecoder()
}
