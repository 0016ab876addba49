import Contracts
import Foundation
import GRDB

/// The first answer given to each client idempotency key (R1): a retried placement gets it back unchanged.
enum IdempotencyKeyRecords {
    // MARK: - Writes

    private static let insertSQL = """
        INSERT INTO idempotencyKey(key, orderID, response, createdAtMs) VALUES(:key, :orderID, :response, :createdAtMs)
        """

    /// Records the answer to `key`, in the transaction that stores the order. The key is the table's primary key,
    /// so a second answer to one key cannot commit.
    static func insert(_ key: String, orderID: OrderID, response: Data, at time: Date, in db: Database) throws {
        try db.cachedStatement(sql: insertSQL).execute(arguments: [
            "key": key, "orderID": orderID.rawValue, "response": response, "createdAtMs": DomainTime.milliseconds(time),
        ])
    }

    // MARK: - Reads

    /// The JSON answer recorded for `key`, if it was seen.
    static func response(for key: String, in db: Database) throws -> Data? {
        try Data.fetchOne(
            db.cachedStatement(sql: "SELECT response FROM idempotencyKey WHERE key = :key"), arguments: ["key": key])
    }
}
