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
                db, sql: "SELECT COUNT(*), MAX(createdAt) FROM outboxEvent WHERE type = ?", arguments: [type])
        }
        count = row?[0] ?? 0
        last = (row?[1] as Int64?).map { Date(timeIntervalSince1970: Double($0) / 1000) }
    }
}
