import Contracts
import Foundation
import GRDB

/// `Authorisation` as a row of `authorisation`, through GRDB's Codable mapping: one column per stored property,
/// nested values (`Money`, `CardDetails`) as JSON, times as whole milliseconds since 1970.
extension Authorisation: FetchableRecord, PersistableRecord {
    public static let databaseTableName = "authorisation"

    /// Milliseconds, rounded (GRDB's own `.millisecondsSince1970` truncates, which could move a time by 1 ms).
    public static func databaseDateEncodingStrategy(for column: String) -> DatabaseDateEncodingStrategy {
        .custom { Int64(($0.timeIntervalSince1970 * 1000).rounded()) }
    }

    public static func databaseDateDecodingStrategy(for column: String) -> DatabaseDateDecodingStrategy {
        .millisecondsSince1970
    }

    // MARK: - Reads

    /// The authorisation of `orderID`, if its `order.placed` was applied.
    static func find(_ orderID: OrderID, in db: Database) throws -> Authorisation? {
        try fetchOne(db, key: orderID.rawValue)
    }
}
