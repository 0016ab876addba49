import Foundation
import GRDB

/// Reads of the outbox for the publisher and the replay server, and retention pruning.
public enum OutboxLog {
    /// The last `seq` ever assigned (0 for an empty stream); pruning does not lower it.
    public static func head(_ db: Database) throws -> UInt64 {
        let head = try Int64.fetchOne(
            db.cachedStatement(sql: "SELECT seq FROM sqlite_sequence WHERE name = 'outboxEvent'"))
        return UInt64(head ?? 0)
    }

    /// The oldest `seq` still kept; `head + 1` when every event was pruned or none exists.
    public static func oldestRetained(_ db: Database) throws -> UInt64 {
        if let oldest = try Int64.fetchOne(db.cachedStatement(sql: "SELECT MIN(seq) FROM outboxEvent")) {
            return UInt64(oldest)
        }
        return try head(db) + 1
    }

    /// Events from `seq` on, at most `limit` of them and about `maxBytes` of bodies (at least one event).
    public static func events(_ db: Database, from seq: UInt64, limit: Int, maxBytes: Int = 16 << 20) throws
        -> [StoredEvent]
    {
        let rows = try Row.fetchCursor(
            db.cachedStatement(
                sql: "SELECT seq, type, body FROM outboxEvent WHERE seq >= :from ORDER BY seq LIMIT :limit"),
            arguments: ["from": Int64(clamping: seq), "limit": limit])
        var events: [StoredEvent] = []
        var bytes = 0
        while let row = try rows.next() {
            let body: Data = row["body"]
            if !events.isEmpty && bytes + body.count > maxBytes { break }
            bytes += body.count
            events.append(StoredEvent(seq: UInt64(row["seq"] as Int64), type: row["type"], body: body))
        }
        return events
    }

    /// Deletes events up to and including `seq` (retention). The sequence continues unchanged.
    public static func prune(_ db: Database, through seq: UInt64) throws {
        try db.execute(
            sql: "DELETE FROM outboxEvent WHERE seq <= :through", arguments: ["through": Int64(clamping: seq)])
    }

    /// Records a subscriber's acknowledged position (retention only; correctness never depends on it).
    public static func recordAcknowledgement(_ db: Database, subscriber: String, seq: UInt64) throws {
        try db.execute(
            sql: """
                INSERT INTO subscriberProgress(subscriber, ackedSeq, updatedAt) VALUES(:subscriber, :seq, :at)
                ON CONFLICT(subscriber) DO UPDATE SET ackedSeq = MAX(ackedSeq, excluded.ackedSeq), updatedAt = excluded.updatedAt
                """,
            arguments: [
                "subscriber": subscriber, "seq": Int64(clamping: seq), "at": Int64(Date().timeIntervalSince1970 * 1000),
            ])
    }

    /// The subscribers whose acknowledgements were kept (`subscriberProgress`).
    public static func acknowledgedSubscribers(_ db: Database) throws -> Set<String> {
        Set(try String.fetchAll(db.cachedStatement(sql: "SELECT subscriber FROM subscriberProgress")))
    }

    /// Prunes what every registered subscriber acknowledged, keeping at least the latest `keep` events.
    /// Does nothing while no subscriber has acknowledged anything.
    public static func applyRetention(_ db: Database, keep: Int) throws {
        guard let minimumAcked = try Int64.fetchOne(db, sql: "SELECT MIN(ackedSeq) FROM subscriberProgress") else {
            return
        }
        let head = try head(db)
        let keepFrom = head > UInt64(keep) ? head - UInt64(keep) : 0
        let through = min(UInt64(max(minimumAcked, 0)), keepFrom)
        if through > 0 { try prune(db, through: through) }
    }
}
