import Contracts
import Foundation
import GRDB

/// The `deadLetter` table: consumed events that could not be applied, kept with their error (docs/streams.md §4.6),
/// read out as `DeadLetter` views.
public enum DeadLetters {
    /// Records a failure of `event` (`attempts` of them: the crash guard's crashes); a repeated failure of the same
    /// event bumps `attempts`.
    public static func record(_ db: Database, _ event: IncomingEvent, error: String, attempts: Int = 1) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO deadLetter(stream, seq, type, body, error, failedAt, attempts)
                VALUES(:stream, :seq, :type, :body, :error, :failedAt, :attempts)
                ON CONFLICT(stream, seq) DO UPDATE SET error = excluded.error, failedAt = excluded.failedAt,
                    attempts = attempts + 1
                """
        ).execute(
            arguments: [
                "stream": event.stream, "seq": Int64(event.seq), "type": event.type, "body": event.body,
                "error": error, "failedAt": Int64(Date().timeIntervalSince1970 * 1000), "attempts": attempts,
            ])
    }

    /// Records something other than a consumed event that failed for good (a supplier connector call, a
    /// notification that could not be written) under `stream`, a name no publisher uses, at the next `seq` of that
    /// name: `deadletters.list` and `status` show it like any dead letter. No subscription consumes such a name, so
    /// `deadletters.retry` leaves it as it is: it is a record for an operator, not an event to apply again.
    public static func record(_ db: Database, stream: String, type: String, body: Data, error: String) throws {
        let seq =
            try Int64.fetchOne(
                db.cachedStatement(sql: "SELECT MAX(seq) FROM deadLetter WHERE stream = :stream"),
                arguments: ["stream": stream]) ?? 0
        try db.cachedStatement(
            sql: """
                INSERT INTO deadLetter(stream, seq, type, body, error, failedAt)
                VALUES(:stream, :seq, :type, :body, :error, :failedAt)
                """
        ).execute(
            arguments: [
                "stream": stream, "seq": seq + 1, "type": type, "body": body, "error": error,
                "failedAt": Int64(Date().timeIntervalSince1970 * 1000),
            ])
    }

    /// Every dead letter, oldest stream position first.
    public static func all(_ db: Database) throws -> [DeadLetter] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT stream, seq, type, body, error, failedAt, attempts FROM deadLetter ORDER BY stream, seq")
        )
        .map { row in
            let body: Data = row["body"]
            return DeadLetter(
                stream: row["stream"], seq: UInt64(row["seq"] as Int64), type: row["type"], error: row["error"],
                failedAt: Date(timeIntervalSince1970: Double(row["failedAt"] as Int64) / 1000),
                attempts: row["attempts"],
                body: String(data: body.prefix(4096), encoding: .utf8) ?? "(\(body.count) bytes, not UTF-8)")
        }
    }

    /// How many dead letters `stream` has (all streams when nil).
    public static func count(_ db: Database, stream: String? = nil) throws -> Int {
        if let stream {
            return try Int.fetchOne(
                db.cachedStatement(sql: "SELECT COUNT(*) FROM deadLetter WHERE stream = :stream"),
                arguments: ["stream": stream])
                ?? 0
        }
        return try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM deadLetter")) ?? 0
    }

    /// Whether `stream#seq` is a dead letter.
    public static func contains(_ db: Database, stream: String, seq: UInt64) throws -> Bool {
        try Bool.fetchOne(
            db.cachedStatement(sql: "SELECT 1 FROM deadLetter WHERE stream = :stream AND seq = :seq"),
            arguments: ["stream": stream, "seq": Int64(seq)]) ?? false
    }

    /// The stored event, for a retry.
    public static func event(_ db: Database, stream: String, seq: UInt64, epoch: String) throws -> IncomingEvent? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT type, body FROM deadLetter WHERE stream = :stream AND seq = :seq"),
                arguments: ["stream": stream, "seq": Int64(seq)])
        else { return nil }
        return IncomingEvent(
            stream: stream, epoch: epoch, stored: StoredEvent(seq: seq, type: row["type"], body: row["body"]))
    }

    /// Removes a dead letter once a retry applied it.
    public static func remove(_ db: Database, stream: String, seq: UInt64) throws {
        try db.cachedStatement(sql: "DELETE FROM deadLetter WHERE stream = :stream AND seq = :seq").execute(
            arguments: ["stream": stream, "seq": Int64(seq)])
    }
}
