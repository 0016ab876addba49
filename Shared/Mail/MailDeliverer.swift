import Dispatch
import Foundation
import GRDB
import Logging

/// Delivers the `mailOutbox` rows of one database into a Maildir, each exactly once, in enqueue order.
///
/// A pass reads up to 100 pending rows, writes each to the Maildir (a name already there counts as
/// delivered), then marks them delivered in one transaction. A crash before the mark leaves the rows
/// pending; the next pass finds their files and only marks them, so no notification is lost and none
/// is written twice. A pass stops at the first failed file, marks those before it, and throws; the
/// next pass retries from there, so order holds.
///
/// `run()` passes at start, after commits that enqueued (a `MailCommitObserver` on the writer; a pass
/// starts at most every `gatherInterval`, so that under load one pass takes the mail of many commits and its
/// syncs and its mark are shared), and every `fallbackInterval` (retries after failures); it returns when its
/// task is cancelled.
/// File and database work runs on the deliverer's own serial queue, never on the cooperative pool, and
/// passes never overlap. Run one `run()` per deliverer, and one deliverer per database.
///
/// A notification that cannot be written counts the failure in its row with the error (`MailOutbox`), is logged
/// as an error the first time and when it reaches `alertAfterFailures`, and from then on is an alert in its
/// service's `status` (`MailOutbox.alerts`) until it is written.
public struct MailDeliverer: Sendable {
    /// Failed writes of one notification after which its service's `status` shows an alert: about five seconds of
    /// a Maildir that cannot be written, with the default fallback interval.
    public static let alertAfterFailures = 5

    private let writer: any DatabaseWriter
    private let maildir: Maildir
    private let fallbackInterval: Duration
    private let gatherInterval: Duration
    private let logger: Logger
    private let commits = MailCommitObserver()
    private let queue = DispatchQueue(label: "dropline.mail-deliverer")

    /// - Parameters:
    ///   - writer: the service's database, migrated with `MailOutbox.register(in:)`.
    ///   - maildir: where notifications go.
    ///   - fallbackInterval: the longest wait between passes when no commit wakes the deliverer.
    ///   - gatherInterval: the shortest time between the starts of two passes.
    public init(
        writer: any DatabaseWriter, maildir: Maildir, fallbackInterval: Duration = .seconds(1),
        gatherInterval: Duration = .milliseconds(50), logger: Logger
    ) {
        self.writer = writer
        self.maildir = maildir
        self.fallbackInterval = fallbackInterval
        self.gatherInterval = gatherInterval
        self.logger = logger
        writer.add(transactionObserver: commits, extent: .observerLifetime)
    }

    /// Delivers pending notifications until cancelled; failures are logged and retried.
    public func run() async {
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        commits.listen(wake)
        defer { commits.listen(nil) }
        await withDiscardingTaskGroup { group in
            group.addTask { [fallbackInterval] in
                while (try? await Task.sleep(for: fallbackInterval)) != nil { wake.yield() }
            }
            wake.yield()
            for await _ in wakes {
                let started = ContinuousClock.now
                await passOnQueue()
                // Commits meanwhile left one wake-up behind (the stream keeps the newest): gather before the next.
                try? await Task.sleep(until: started + gatherInterval)
            }
            group.cancelAll()
        }
    }

    /// Delivers every pending notification now, blocking the caller (tests, tools); services use `run()`.
    /// - Returns: how many rows it marked delivered, including those whose file was already there.
    @discardableResult
    public func deliverPending() throws -> Int {
        try queue.sync { try deliverAll() }
    }

    private func passOnQueue() async {
        await withCheckedContinuation { (done: CheckedContinuation<Void, Never>) in
            queue.async {
                do {
                    let count = try deliverAll()
                    if count > 0 { logger.debug("Delivered notifications", metadata: ["mail.count": "\(count)"]) }
                } catch let failure as DeliveryFailure {
                    let level: Logger.Level =
                        failure.failures == 1 || failure.failures == Self.alertAfterFailures ? .error : .debug
                    logger.log(
                        level: level, "Notification delivery failed; will retry",
                        metadata: [
                            "mail.id": "\(failure.id)", "failures": "\(failure.failures)", "error": "\(failure.error)",
                        ])
                } catch {
                    logger.error("Notification delivery failed; will retry", metadata: ["error": "\(error)"])
                }
                done.resume()
            }
        }
    }

    /// Runs passes until no row is pending or one fails. Call only on `queue`.
    private func deliverAll() throws -> Int {
        var total = 0
        while true {
            let batch = try writer.read { db in try MailOutbox.pending(limit: 100, in: db) }
            guard !batch.isEmpty else { return total }
            var names: [(message: Data, uniqueName: MaildirName)] = []
            var nameFailure: (any Error)?
            for mail in batch {
                do {
                    names.append((mail.message, try MaildirName(notificationID: mail.id)))
                } catch {
                    nameFailure = error
                    break
                }
            }
            let result = maildir.deliver(names)
            let delivered = batch.prefix(result.outcomes.count).map(\.seq)
            logger.debug("Delivered notifications", metadata: ["mail.count": "\(delivered.count)"])
            let failure: (any Error)? = result.failure ?? nameFailure
            // The batch stops at its first failure: the row after the delivered ones.
            let failed = failure.map { (row: batch[delivered.count], error: "\($0)") }
            let failures = try writer.write { db -> Int in
                try MailOutbox.markDelivered(delivered, in: db)
                guard let failed else { return 0 }
                return try MailOutbox.recordFailure(failed.row.seq, error: failed.error, in: db)
            }
            total += delivered.count
            if let failed { throw DeliveryFailure(id: failed.row.id, failures: failures, error: failed.error) }
        }
    }

    /// A notification could not be written to the Maildir, for the `failures`-th time (what a pass throws).
    public struct DeliveryFailure: Error, CustomStringConvertible {
        /// The notification's id.
        public var id: String
        public var failures: Int
        /// What the Maildir said.
        public var error: String
        public var description: String { "Notification \(id) could not be written (failure \(failures)): \(error)" }
    }
}
