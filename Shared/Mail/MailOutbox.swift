import Foundation
import GRDB

/// Notifications waiting for the Maildir, stored in the service's own database (table `mailOutbox`).
///
/// A service enqueues a notification inside the transaction that makes the business change, so the
/// notification exists exactly when the change does. A `MailDeliverer` then writes each pending row
/// to the Maildir and marks it delivered in a second transaction; the file name comes from the
/// notification id, so a crash between the two finds the file on the next pass and only marks the row.
/// Delivered rows are kept: they make enqueueing an id again a no-op for good. A row the deliverer failed to
/// write counts its failures and keeps the last error, so that a Maildir that cannot be written is an alert in
/// `status` (`alerts(after:in:)`), not only a log line.
public enum MailOutbox {
    /// The name under which a service keeps, as dead letters, the notifications it could not build (no recipient,
    /// a part `EmailMessage` refused): never only a log line.
    public static let deadLetterStream = "mail"

    /// Registers migrations `mail-v1`, which creates `mailOutbox`, and `mail-v2`, which counts a row's failed
    /// deliveries.
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("mail-v1") { db in
            try db.create(table: "mailOutbox") { table in
                table.autoIncrementedPrimaryKey("seq")
                table.column("id", .text).notNull().unique()
                table.column("message", .blob).notNull()
                table.column("enqueuedAt", .integer).notNull()
                table.column("deliveredAt", .integer)
            }
            try db.execute(sql: "CREATE INDEX mailOutboxPending ON mailOutbox(seq) WHERE deliveredAt IS NULL")
        }
        migrator.registerMigration("mail-v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE mailOutbox ADD COLUMN failures INTEGER NOT NULL DEFAULT 0;
                    ALTER TABLE mailOutbox ADD COLUMN lastError TEXT;
                    """)
        }
    }

    // MARK: - Writes

    /// Queues `message` under the notification `id`, in the caller's transaction.
    ///
    /// The message is rendered now, so what is delivered is what was decided at commit. An id that was
    /// enqueued before (pending or delivered) is left as it is, whatever the new message says.
    /// - Returns: true when a row was added, false when `id` was already queued.
    @discardableResult
    public static func enqueue(_ message: EmailMessage, id: String, in db: Database) throws -> Bool {
        _ = try MaildirName(notificationID: id)  // refused here, inside the caller's transaction, not at delivery
        try db.cachedStatement(
            sql: """
                INSERT INTO mailOutbox(id, message, enqueuedAt) VALUES(:id, :message, :enqueuedAt)
                ON CONFLICT(id) DO NOTHING
                """
        ).execute(arguments: ["id": id, "message": message.rendered(), "enqueuedAt": milliseconds(Date())])
        return db.changesCount > 0
    }

    /// Marks the rows `seqs` delivered.
    static func markDelivered(_ seqs: [Int64], in db: Database) throws {
        let now = milliseconds(Date())
        for seq in seqs {
            try db.cachedStatement(sql: "UPDATE mailOutbox SET deliveredAt = :now WHERE seq = :seq").execute(
                arguments: ["now": now, "seq": seq])
        }
    }

    /// Counts a failed delivery of row `seq` with its error; returns its failures so far.
    @discardableResult
    static func recordFailure(_ seq: Int64, error: String, in db: Database) throws -> Int {
        try db.cachedStatement(
            sql: "UPDATE mailOutbox SET failures = failures + 1, lastError = :error WHERE seq = :seq"
        ).execute(arguments: ["seq": seq, "error": error])
        return try Int.fetchOne(
            db.cachedStatement(sql: "SELECT failures FROM mailOutbox WHERE seq = :seq"), arguments: ["seq": seq]) ?? 0
    }

    // MARK: - Reads

    /// An alert for `status` when the oldest pending notification has failed to be written `failures` times or
    /// more: how many wait, and that one's last error; none otherwise.
    public static func alerts(after failures: Int = MailDeliverer.alertAfterFailures, in db: Database) throws
        -> [String]
    {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT id, failures, lastError,
                            (SELECT COUNT(*) FROM mailOutbox WHERE deliveredAt IS NULL) AS waiting
                        FROM mailOutbox WHERE deliveredAt IS NULL AND failures >= :failures ORDER BY seq LIMIT 1
                        """), arguments: ["failures": failures])
        else { return [] }
        let waiting: Int = row["waiting"]
        let id: String = row["id"]
        let count: Int = row["failures"]
        let error: String = row["lastError"] ?? "unknown error"
        return [
            "\(waiting) notification\(waiting == 1 ? "" : "s") cannot be written to the Maildir; \(id) failed "
                + "\(count) times: \(error)"
        ]
    }

    /// How many notifications wait for delivery.
    public static func pendingCount(in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM mailOutbox WHERE deliveredAt IS NULL")) ?? 0
    }

    /// Up to `limit` pending notifications, oldest first.
    static func pending(limit: Int, in db: Database) throws -> [PendingMail] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT seq, id, message FROM mailOutbox WHERE deliveredAt IS NULL ORDER BY seq LIMIT :limit"),
            arguments: ["limit": limit]
        ).map { row in PendingMail(seq: row["seq"], id: row["id"], message: row["message"]) }
    }

    private static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }
}

/// One queued notification as the deliverer reads it.
struct PendingMail: Sendable {
    var seq: Int64
    var id: String
    var message: Data
}
