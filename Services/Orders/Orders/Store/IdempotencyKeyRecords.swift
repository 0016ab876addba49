import Contracts
import Foundation
import GRDB

/// The first answer given to each client idempotency key (R1), with the fingerprint of the request it answered
/// (`PlacementRequest.fingerprint`): a retry of the same request gets the answer back unchanged, and another
/// request under the same key is refused.
enum IdempotencyKeyRecords {
    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO idempotencyKey(key, orderID, response, createdAtMs, requestFingerprint)
        VALUES(:key, :orderID, :response, :createdAtMs, :requestFingerprint)
        """

    /// Records the answer to `key` and the fingerprint of the request it answers, in the transaction that stores
    /// the order. The key is the table's primary key, so a second answer to one key cannot commit.
    static func insert(
        _ key: String, orderID: OrderID, response: Data, requestFingerprint: Data, at time: Date, in db: Database
    ) throws {
        try db.cachedStatement(sql: insertSQL).execute(arguments: [
            "key": key, "orderID": orderID.rawValue, "response": response, "createdAtMs": DomainTime.milliseconds(time),
            "requestFingerprint": requestFingerprint,
        ])
    }

    // MARK: - Reads

    /// The JSON answer recorded for `key`, if it was seen, and the fingerprint of the request it answered (nil for
    /// a key recorded before `orders-v4`, which kept none).
    static func answer(for key: String, in db: Database) throws -> (response: Data, requestFingerprint: Data?)? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT response, requestFingerprint FROM idempotencyKey WHERE key = :key"),
            arguments: ["key": key]
        ).map { row -> (response: Data, requestFingerprint: Data?) in (row["response"], row["requestFingerprint"]) }
    }
}
