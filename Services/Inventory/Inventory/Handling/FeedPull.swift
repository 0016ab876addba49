import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// R16: the pulled supplier stock feeds. Every `feed_pull_minutes` of domain time the durable timer `feeds.pull`
/// fires, and each `*.json` file of `<state_dir>/feeds/` (one `StockFeed` each) is applied through the desk as a
/// pushed feed is.
struct FeedPull: Sendable {
    /// The recurring pull timer's id and kind.
    static let timerKind = "feeds.pull"

    /// The folder the feed files are read from.
    let folder: String
    /// Domain time between two pulls.
    let interval: TimeInterval
    let desk: ListingDesk

    /// Schedules the first pull `interval` from now unless one is due sooner (a restart keeps the pending pull).
    func schedule(in db: Database) throws {
        let next = try desk.clock.now(in: db).addingTimeInterval(interval)
        let pending = try Row.fetchOne(
            db.cachedStatement(sql: "SELECT dueMs FROM durableTimer WHERE id = :id"), arguments: ["id": Self.timerKind])
        if let pending, DomainTime.date(milliseconds: pending["dueMs"]) <= next { return }
        try DurableTimers.schedule(DurableTimer(id: Self.timerKind, kind: Self.timerKind, due: next), in: db)
    }

    /// The pull timer fired: pull, then schedule the next pull at the first interval boundary after now (a long
    /// clock jump pulls once, not once per missed interval).
    func fire(_ timer: DurableTimer, in db: Database) throws {
        try pull(in: db)
        let now = try desk.clock.now(in: db)
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
