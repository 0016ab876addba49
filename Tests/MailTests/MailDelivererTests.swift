import Foundation
import GRDB
import Mail
import TestSupport
import Testing

/// The background loop: delivers at start, on every commit that enqueues, and on the fallback timer.
struct MailDelivererTests {
    /// Runs `deliverer.run()` while `body` runs, then cancels it and waits for it to return.
    private func whileRunning(_ deliverer: MailDeliverer, _ body: () async throws -> Void) async throws {
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await deliverer.run() }
            do {
                try await body()
                group.cancelAll()
            } catch {
                group.cancelAll()
                throw error
            }
            try await group.waitForAll()
        }
    }

    @Test(.timeLimit(.minutes(1)), arguments: OutboxHarness.Writer.allCases)
    func commitWakesTheLoop(writer kind: OutboxHarness.Writer) async throws {
        // Given a running deliverer whose fallback timer would not fire within the test
        let harness = try OutboxHarness(kind)
        defer { harness.remove() }
        try await whileRunning(harness.deliverer()) {
            // When notifications are enqueued, one commit at a time
            for id in ["n1", "n2", "n3"] {
                try harness.enqueue(id)
                // Then each is delivered soon after its commit
                try await waitUntil("\(id) delivered", timeout: .seconds(10)) { try harness.pendingCount() == 0 }
            }
        }
        #expect(try harness.newFiles() == ["n1.eml", "n2.eml", "n3.eml"])
    }

    @Test(.timeLimit(.minutes(1)))
    func rowsPendingAtStartAreDelivered() async throws {
        let harness = try OutboxHarness()
        defer { harness.remove() }
        try harness.enqueue("n1")
        try await whileRunning(harness.deliverer()) {
            try await waitUntil("n1 delivered", timeout: .seconds(10)) { try harness.newFiles() == ["n1.eml"] }
        }
        #expect(try harness.pendingCount() == 0)
    }

    @Test(.timeLimit(.minutes(1)))
    func fallbackTimerRetriesAFailedDelivery() async throws {
        // Given a pending notification that cannot be written yet
        let harness = try OutboxHarness()
        defer { harness.remove() }
        let blocker = "\(harness.maildir.path)/tmp/n1.eml"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        try harness.enqueue("n1")
        let log = LogRecorder()
        try await whileRunning(harness.deliverer(fallbackInterval: .milliseconds(50), logger: log.logger)) {
            try await waitUntil("a failed pass", timeout: .seconds(10)) {
                log.contains("Notification delivery failed; will retry")
            }

            // When the cause goes away, with no commit to wake the loop
            try FileManager.default.removeItem(atPath: blocker)

            // Then a pass of the fallback timer delivers it
            try await waitUntil("n1 delivered", timeout: .seconds(10)) { try harness.pendingCount() == 0 }
        }
        #expect(try harness.newFiles() == ["n1.eml"])
    }

    @Test("Finding 8: a notification the Maildir keeps refusing is an alert for status, until it is written")
    func finding8_failingDeliveryRaisesAnAlert() async throws {
        // Given a pending notification that cannot be written
        let harness = try OutboxHarness()
        defer { harness.remove() }
        let blocker = "\(harness.maildir.path)/tmp/n1.eml"
        try FileManager.default.createDirectory(atPath: blocker, withIntermediateDirectories: false)
        try harness.enqueue("n1")
        let log = LogRecorder()
        try await whileRunning(harness.deliverer(fallbackInterval: .milliseconds(20), logger: log.logger)) {
            // When it has failed 5 times, Then the alert names it and says why, and the failure was logged once as
            // an error before that
            try await waitUntil("an alert", timeout: .seconds(40)) {
                try harness.writer.read { db in try !MailOutbox.alerts(in: db).isEmpty }
            }
            let alert = try #require(try await harness.writer.read { db in try MailOutbox.alerts(in: db) }.first)
            #expect(alert.hasPrefix("1 notification cannot be written to the Maildir; n1 failed "), "\(alert)")
            #expect(log.entries("Notification delivery failed; will retry").first?["failures"] == "1")

            // When the cause goes away, Then it is written and the alert is gone
            try FileManager.default.removeItem(atPath: blocker)
            try await waitUntil("n1 delivered", timeout: .seconds(10)) { try harness.pendingCount() == 0 }
        }
        #expect(try await harness.writer.read { db in try MailOutbox.alerts(in: db) }.isEmpty)
    }
}
