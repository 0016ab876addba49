import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Synchronization

/// R16: the pulled supplier stock feeds. Every `feed_pull_minutes` of domain time the durable timer `feeds.pull`
/// fires, and each `*.json` file of `<state_dir>/feeds/` (one `StockFeed` each) is applied through the desk as a
/// pushed feed is.
///
/// A pull of files already pulled publishes nothing, so while the folder holds what the last pull read
/// (`FeedFolderStamp`), the next pull is not a moment the supervisor's stepped clock must stop at
/// (`hasNewFeeds`, docs/architecture.md §4): it fires whenever the clock passes it.
final class FeedPull: Sendable {
    /// The recurring pull timer's id and kind.
    static let timerKind = "feeds.pull"

    /// The folder the feed files are read from.
    let folder: String
    /// Domain time between two pulls.
    let interval: TimeInterval
    let desk: ListingDesk
    /// What the folder held at the last pull this process committed; nil before the first.
    private let pulled = Mutex<FeedFolderStamp?>(nil)

    init(folder: String, interval: TimeInterval, desk: ListingDesk) {
        self.folder = folder
        self.interval = interval
        self.desk = desk
    }

    /// Whether a pull now could find something the last one did not: the folder changed since, or this process
    /// has not pulled yet.
    func hasNewFeeds() -> Bool {
        pulled.withLock { $0 } != FeedFolderStamp(of: folder)
    }

    /// Schedules the first pull `interval` from now unless one is due sooner (a restart keeps the pending pull).
    func schedule(in db: Database) throws {
        let next = try desk.clock.now(in: db).addingTimeInterval(interval)
        let pending = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT dueMs FROM durableTimer WHERE id = :id"), arguments: ["id": Self.timerKind])
        if let pending, DomainTime.date(milliseconds: pending["dueMs"]) <= next { return }
        try DurableTimers.schedule(DurableTimer(id: Self.timerKind, kind: Self.timerKind, due: next), in: db)
    }

    /// The pull timer fired: pull (its facts stamped at the timer's time), then schedule the next pull at the
    /// first interval boundary after the time the clock has reached (a long clock jump pulls once, not once per
    /// missed interval).
    func fire(_ timer: DurableTimer, in db: Database) throws {
        let stamp = FeedFolderStamp(of: folder)
        try pull(in: db)
        db.afterNextTransaction { _ in self.pulled.withLock { $0 = stamp } }
        let now = try desk.clock.reached(in: db)
        var next = timer.due.addingTimeInterval(interval)
        if next <= now {
            let missed = ((now.timeIntervalSince(next)) / interval).rounded(.down) + 1
            next = next.addingTimeInterval(missed * interval)
        }
        try DurableTimers.schedule(DurableTimer(id: Self.timerKind, kind: Self.timerKind, due: next), in: db)
    }

    /// Reads and applies every `*.json` file of the folder, in name order, each in its own savepoint. A file that
    /// cannot be read, parsed or applied is logged with its name and reason and skipped. Applying a file again is
    /// harmless: an unchanged report publishes nothing and a low report alerts once.
    private func pull(in db: Database) throws {
        let names = ((try? FileManager.default.contentsOfDirectory(atPath: folder)) ?? [])
            .filter { $0.hasSuffix(".json") }.sorted()
        var applied = 0
        for name in names {
            let path = (folder as NSString).appendingPathComponent(name)
            do {
                guard let data = FileManager.default.contents(atPath: path) else {
                    throw RPCFailure.invalidRequest("the file cannot be read")
                }
                let feed = try RPCParams.decode(StockFeed.self, from: data)
                try db.inSavepoint {
                    _ = try desk.apply(feed, in: db)
                    return .commit
                }
                applied += 1
            } catch let failure as RPCFailure {
                desk.logger.warning(
                    "Skipped stock feed file", metadata: ["feed.file": "\(name)", "error": "\(failure)"])
            }
        }
        desk.logger.info(
            "Pulled stock feeds", metadata: ["feed.files": "\(names.count)", "feed.applied": "\(applied)"])
    }
}
