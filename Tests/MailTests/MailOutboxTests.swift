import Foundation
import GRDB
import Mail
import Testing

/// Exactly-once notifications: enqueued with the business change, delivered once across crashes.
struct MailOutboxTests {
    /// Thrown to roll a transaction back.
    private struct Rollback: Error {}

    @Test(arguments: OutboxHarness.Writer.allCases)
    func enqueueInARolledBackTransactionWritesNothing(writer kind: OutboxHarness.Writer) throws {
        // Given a business transaction that enqueues a notification and then fails
        let harness = try OutboxHarness(kind)
        defer { harness.remove() }
        let message = try Fixtures.message()
        #expect(throws: Rollback.self) {
            try harness.writer.write { db in
                try MailOutbox.enqueue(message, id: "orders.ord-42.shipped", in: db)
                throw Rollback()
            }
        }

        // When the deliverer runs, Then there is nothing to deliver
        #expect(try harness.deliverer().deliverPending() == 0)
        #expect(try harness.pendingCount() == 0)
        #expect(try harness.newFiles() == [])
    }

    @Test func enqueueingAnIdTwiceGivesOneFileWithTheFirstMessage() throws {
        let harness = try OutboxHarness()
        defer { harness.remove() }
        let first = try Fixtures.message(subject: "First")
        let second = try Fixtures.message(subject: "Second")

        let added = try harness.writer.write { db in
            [try MailOutbox.enqueue(first, id: "n1", in: db), try MailOutbox.enqueue(second, id: "n1", in: db)]
        }
        try harness.enqueue("n1", subject: "Third")

        #expect(added == [true, false])
        #expect(try harness.deliverer().deliverPending() == 1)
        try harness.enqueue("n1", subject: "After delivery")
        #expect(try harness.deliverer().deliverPending() == 0)
        #expect(try harness.newFiles() == ["n1.eml"])
        let data = try Data(contentsOf: URL(fileURLWithPath: "\(harness.maildir.path)/new/n1.eml"))
        #expect(try RenderedMessage(data).field("Subject") == "First")
    }

    @Test(arguments: OutboxHarness.Writer.allCases)
    func crashBetweenFileAndMarkLeavesOneFileAndMarksTheRow(writer kind: OutboxHarness.Writer) throws {
        // Given a notification whose file reached new/ but whose row was never marked (the process died)
        let harness = try OutboxHarness(kind)
        defer { harness.remove() }
        let message = try Fixtures.message(messageID: "n1")
        try harness.writer.write { db in _ = try MailOutbox.enqueue(message, id: "n1", in: db) }
        try harness.maildir.deliver(message.rendered(), uniqueName: MaildirName(notificationID: "n1"))
        #expect(try harness.pendingCount() == 1)

        // When a new deliverer (the restarted process) runs
        let marked = try harness.deliverer().deliverPending()

        // Then the row is marked and there is still exactly one file
        #expect(marked == 1)
        #expect(try harness.pendingCount() == 0)
        #expect(try harness.newFiles() == ["n1.eml"])
        #expect(try harness.deliverer().deliverPending() == 0)
    }

    @Test func crashAfterTheClientReadTheMessageStillGivesNoSecondFile() throws {
        let harness = try OutboxHarness()
        defer { harness.remove() }
        try harness.enqueue("n1")
        let message = try Fixtures.message(messageID: "n1")
        try harness.maildir.deliver(message.rendered(), uniqueName: MaildirName(notificationID: "n1"))
        let path = harness.maildir.path
        try FileManager.default.moveItem(atPath: "\(path)/new/n1.eml", toPath: "\(path)/cur/n1.eml:2,S")

        #expect(try harness.deliverer().deliverPending() == 1)
        #expect(try harness.newFiles() == [])
        #expect(try FileManager.default.contentsOfDirectory(atPath: "\(path)/cur") == ["n1.eml:2,S"])
    }

    @Test func manyMessagesAreDeliveredInOrderAndAFailureStopsAtIt() throws {
        // Given 250 notifications (several passes of 100), the 120th of which cannot be written yet
        let harness = try OutboxHarness()
        defer { harness.remove() }
        let ids = (1...250).map { "n\(1000 + $0)" }
        for id in ids.prefix(50) { try harness.enqueue(id) }
        let rest = try ids.dropFirst(50).map { try (id: $0, message: Fixtures.message(messageID: $0)) }
        try harness.writer.write { db in
            for item in rest { try MailOutbox.enqueue(item.message, id: item.id, in: db) }
        }
        let blocker = "\(harness.maildir.path)/tmp/\(ids[119]).eml"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)

        // When a pass runs, Then it delivers exactly those before the failure, in order, and throws
        let deliverer = harness.deliverer()
        let failure = #expect(throws: MailDeliverer.DeliveryFailure.self) { try deliverer.deliverPending() }
        #expect(failure?.id == ids[119] && failure?.failures == 1)
        #expect(try harness.newFiles() == ids.prefix(119).map { "\($0).eml" })
        #expect(try harness.pendingCount() == 131)

        // When the cause is gone, Then the next pass delivers the rest, each once
        try FileManager.default.removeItem(atPath: blocker)
        #expect(try deliverer.deliverPending() == 131)
        #expect(try harness.newFiles() == ids.map { "\($0).eml" })
        for id in ids { #expect(try harness.deliveredMessageID(id) == "<\(id)@dropline.local>") }
    }

    @Test func invalidIdIsRefusedInsideTheTransaction() throws {
        let harness = try OutboxHarness()
        defer { harness.remove() }
        let message = try Fixtures.message()
        #expect(throws: MailError.invalidNotificationID("")) {
            try harness.writer.write { db in try MailOutbox.enqueue(message, id: "", in: db) }
        }
        #expect(try harness.pendingCount() == 0)
    }

    @Test func migrationsAreRegisteredAsMailV1AndV2() throws {
        let harness = try OutboxHarness()
        defer { harness.remove() }
        var migrator = DatabaseMigrator()
        MailOutbox.register(in: &migrator)
        #expect(try harness.writer.read { db in try migrator.appliedIdentifiers(db) } == ["mail-v1", "mail-v2"])
    }
}
