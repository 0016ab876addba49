import Foundation
import GRDB

/// Notifications waiting for the Maildir, stored in the service's own database (table `mailOutbox`).
///
/// A service enqueues a notification inside the transaction that makes the business change, so the
/// notification exists exactly when the change does. A `MailDeliverer` then writes each pending row
/// to the Maildir and marks it delivered in a second transaction; the file name comes from the
/// notification id, so a crash between the two finds the file on the next pass and only marks the row.
/// Delivered rows are kept: they make enqueueing an id again a no-op for good.
public enum MailOutbox {
    /// Registers migration `mail-v1`, which creates `mailOutbox`.
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

    // MARK: - Reads

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
