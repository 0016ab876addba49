import Foundation
import GRDB
import Logging
import Mail
import TestSupport

/// A real SQLite store with the `mailOutbox` migration and a Maildir, both in a temporary directory.
struct OutboxHarness {
    /// Which GRDB writer the store uses; the outbox must work with both.
    enum Writer: CaseIterable, Sendable {
        case queue, pool
    }

    private let directory: TemporaryDirectory
    let writer: any DatabaseWriter
    let maildir: Maildir

    init(_ kind: Writer = .pool) throws {
        directory = try TemporaryDirectory()
        let path = directory.file("service.sqlite")
        writer = kind == .pool ? try DatabasePool(path: path) : try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        MailOutbox.register(in: &migrator)
        try migrator.migrate(writer)
        maildir = try Maildir(path: directory.file("mail"))
    }

    /// Deletes the store and the Maildir.
    func remove() {
        directory.remove()
    }

    func deliverer(fallbackInterval: Duration = .seconds(3600), logger: Logger = Logger(label: "mail-test"))
        -> MailDeliverer
    {
        MailDeliverer(writer: writer, maildir: maildir, fallbackInterval: fallbackInterval, logger: logger)
    }

    /// Enqueues a notification for `id` in its own transaction.
    func enqueue(_ id: String, subject: String = "Order shipped") throws {
        let message = try Fixtures.message(subject: subject, messageID: id)
        try writer.write { db in _ = try MailOutbox.enqueue(message, id: id, in: db) }
    }

    /// The files in `new/`, sorted.
    func newFiles() throws -> [String] {
        try FileManager.default.contentsOfDirectory(atPath: "\(maildir.path)/new").sorted()
    }

    func pendingCount() throws -> Int {
        try writer.read { db in try MailOutbox.pendingCount(in: db) }
    }

    /// The `Message-ID` written in `new/<id>.eml`.
    func deliveredMessageID(_ id: String) throws -> String? {
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(maildir.path)/new/\(id).eml"))
        return try RenderedMessage(data).field("Message-ID")
    }
}
