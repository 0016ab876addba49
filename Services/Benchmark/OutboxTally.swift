import Foundation
import GRDB

/// How many events of one type a running service's outbox (its stream's durable log) holds, and when the last was
/// written (`createdAt`, the wall clock at append). Read-only, as `ProbeMesh.read` does: a WAL reader does not
/// block the owner, and the bench opens the file once, after the measurement.
struct OutboxTally {
    let count: Int
    let last: Date?

    init(store path: String, type: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let row = try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Row.fetchOne(
                db, sql: "SELECT COUNT(*) AS count, MAX(createdAt) AS last FROM outboxEvent WHERE type = :type",
                arguments: ["type": type])
        }
        count = row?["count"] ?? 0
        last = (row?["last"] as Int64?).map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }
}
