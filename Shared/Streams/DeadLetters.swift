import Foundation
import GRDB

/// A consumed event that could not be applied, kept with its error (STREAMS.md §4.6).
public struct DeadLetter: Sendable, Codable, Equatable {
    public var stream: String
    public var seq: UInt64
    public var type: String
    public var error: String
    public var failedAt: Date
    public var attempts: Int
    /// The body as text when it is valid UTF-8 (for operators), else its size.
    public var body: String
}

/// The `deadLetter` table.
public enum DeadLetters {
    /// Records a failure of `event`; a repeated failure of the same event bumps `attempts`.
    public static func record(_ db: Database, _ event: IncomingEvent, error: String) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO deadLetter(stream, seq, type, body, error, failedAt) VALUES(?, ?, ?, ?, ?, ?)
                ON CONFLICT(stream, seq) DO UPDATE SET error = excluded.error, failedAt = excluded.failedAt,
                    attempts = attempts + 1
                """
        ).execute(arguments: [
            event.stream, Int64(event.seq), event.type, event.body, error,
            Int64(Date().timeIntervalSince1970 * 1000),
        ])
    }

    /// Every dead letter, oldest stream position first.
    public static func all(_ db: Database) throws -> [DeadLetter] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT stream, seq, type, body, error, failedAt, attempts FROM deadLetter ORDER BY stream, seq")
        )
        .map { row in
            let body: Data = row[3]
            return DeadLetter(
                stream: row[0], seq: UInt64(row[1] as Int64), type: row[2], error: row[4],
                failedAt: Date(timeIntervalSince1970: Double(row[5] as Int64) / 1000), attempts: row[6],
                body: String(data: body.prefix(4096), encoding: .utf8) ?? "(\(body.count) bytes, not UTF-8)")
        }
    }

    /// How many dead letters `stream` has (all streams when nil).
    public static func count(_ db: Database, stream: String? = nil) throws -> Int {
        if let stream {
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM deadLetter WHERE stream = ?"), arguments: [stream])
                ?? 0
        }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM deadLetter")) ?? 0
    }

    /// The stored event, for a retry.
    public static func event(_ db: Database, stream: String, seq: UInt64, epoch: String) throws -> IncomingEvent? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT type, body FROM deadLetter WHERE stream = ? AND seq = ?"),
                arguments: [stream, Int64(seq)])
        else { return nil }
        return IncomingEvent(stream: stream, epoch: epoch, stored: StoredEvent(seq: seq, type: row[0], body: row[1]))
    }

    /// Removes a dead letter once a retry applied it.
    public static func remove(_ db: Database, stream: String, seq: UInt64) throws {
        try db.cachedStatement(sql: "DELETE FROM deadLetter WHERE stream = ? AND seq = ?").execute(arguments: [
            stream, Int64(seq),
        ])
    }
}
