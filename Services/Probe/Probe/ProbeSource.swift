import Foundation
import GRDB

/// Emits a probe source's ticks through its `TickDesk`: on demand through `probe.emit`, and at a steady rate in
/// the background. Each batch of ticks and their events commit in one transaction.
public struct ProbeSource: Sendable {
    let store: any DatabaseWriter
    let desk: TickDesk

    public init(store: any DatabaseWriter, desk: TickDesk) {
        self.store = store
        self.desk = desk
    }

    /// Appends `count` ticks after the last one, `perTransaction` per commit; returns the last n.
    @discardableResult
    public func emit(count: Int, perTransaction: Int) async throws -> Int {
        var remaining = count
        var last = 0
        while remaining > 0 {
            let batch = min(remaining, max(perTransaction, 1))
            last = try await store.write { db in try desk.append(batch, in: db) }
            remaining -= batch
        }
        return last
    }

    /// Emits `rate` events per second in ten commits a second until cancelled.
    public func emitSteadily(rate: Int) async throws {
        guard rate > 0 else { return }
        var owed = 0.0
        while !Task.isCancelled {
            owed += Double(rate) / 10
            let now = Int(owed)
            if now > 0 {
                try await emit(count: now, perTransaction: now)
                owed -= Double(now)
            }
            try await Task.sleep(for: .milliseconds(100))
        }
    }
}
