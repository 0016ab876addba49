import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams
import Synchronization

extension MeshSupervisor {
    /// `clock.advance`: moves simulated time forward by the request's duration in steps (docs/architecture.md §4).
    ///
    /// Each step waits until the mesh has settled at the step's time (`MeshSettling`, through `clock.progress`,
    /// which also has every process fire its timers due by then, each at its own due time), then plans the next
    /// step: the soonest timer due anywhere plus the resolution, or the target (`ClockStep`). A step is recorded in
    /// the supervisor's store before any process hears of it; only the target is published on the `clock` stream,
    /// and the advance answers, with the steps taken, once every process's clock has reached it. The request may ask
    /// for a coarser resolution than the mesh's for this advance alone. A process that
    /// does not answer or does not settle within `clock.settle_timeout_ms` stops the advance with a `clock_stalled`
    /// error naming it: the step reached is then published, so that the mesh's time is consistent there, and a new
    /// advance continues from it.
    func advanceClock(_ request: AdvanceRequest) async throws -> ClockReading {
        guard case .simulated = host.clock.mode else {
            throw RPCFailure(
                code: "not_simulated", message: "The mesh runs on the system clock; start it with --sim-clock.")
        }
        guard let duration = DurationText.parse(request.by) else {
            // DurationText reads only positive durations: "-5h" and "0m" are refused here, before any step.
            throw RPCFailure.invalidRequest(
                "must be a positive duration such as 8h, 90m or 1d12h, got \(String(reflecting: request.by))",
                field: "by")
        }
        let resolution = try Self.resolution(request.resolution, mesh: configuration.clock.resolution)
        let claimed = advancing.withLock { busy in
            defer { busy = true }
            return !busy
        }
        guard claimed else {
            throw RPCFailure(
                code: "conflict",
                message: "A clock advance is under way (the clock stands at \(DomainTime.format(host.clock.now()))); "
                    + "advance again once it has ended.")
        }
        defer { advancing.withLock { $0 = false } }
        let started = ContinuousClock.now
        let start = host.clock.now()
        let target = start.addingTimeInterval(TimeInterval(duration / .milliseconds(1)) / 1000)
        var tally = AdvanceTally()
        var now = start
        do {
            while now < target {
                let soonestDue = try await settle(at: now, target: target, tally: &tally)
                let next = ClockStep.next(
                    from: now, to: target, soonestDue: soonestDue, resolution: resolution)
                tally.steps += 1
                now = next
                try await record(next, publish: next >= target)
            }
        } catch let failure as RPCFailure where failure.code == MeshSupervisor.clockStalled {
            try? await record(now, publish: true)
            throw failure
        }
        try await awaitClocks(reaching: target, tally: &tally)
        logger.info(
            "Clock advanced",
            metadata: [
                "by": "\(request.by)", "now": "\(DomainTime.format(target))", "steps": "\(tally.steps)",
                "progress.passes": "\(tally.passes)", "settle.ms": "\(tally.settling / .milliseconds(1))",
                "seconds": "\(String(format: "%.3f", (ContinuousClock.now - started) / .seconds(1)))",
            ])
        return ClockReading(mode: configuration.clock.mode.rawValue, now: target, steps: tally.steps)
    }

    /// The resolution of one advance: the request's when it is coarser than the mesh's `clock.resolution_ms`, else
    /// the mesh's.
    /// - Throws: `invalid_request` on `resolution` when it is not a positive duration.
    static func resolution(_ requested: String?, mesh: Duration) throws -> Duration {
        guard let requested else { return mesh }
        guard let coarser = DurationText.parse(requested) else {
            throw RPCFailure.invalidRequest(
                "must be a positive duration such as 1h or 30m, got \(String(reflecting: requested))",
                field: "resolution")
        }
        return max(coarser, mesh)
    }

    /// Records the supervisor's time in its store (`clock.now` reads it), and with `publish` appends it to the
    /// `clock` stream too, in the same transaction: the last step of an advance, or the step an advance stopped at.
    func record(_ time: Date, publish: Bool) async throws {
        try await host.store.write { db in
            try self.host.clock.advance(to: time, in: db)
            if publish { try self.host.outbox.append(ClockAdvanced(now: time), at: time, in: db) }
        }
    }

    /// At start: if the supervisor stopped in the middle of an advance, the step it recorded last was never
    /// published; it is now, so that every process's clock reaches the time of the facts made in that step.
    func publishRecordedTime() async throws {
        guard case .simulated = host.clock.mode else { return }
        let published = try await host.store.read { db -> Date? in
            let head = try OutboxLog.head(db)
            guard head > 0, let last = try OutboxLog.events(db, from: head, limit: 1).first else { return nil }
            return try DomainTime.makeDecoder().decode(Envelope<ClockAdvanced>.self, from: last.body).data.now
        }
        let recorded = try await host.store.read { try DomainClockSchema.stored($0) }
        guard let recorded, published.map({ recorded > $0 }) ?? true else { return }
        try await record(recorded, publish: true)
        logger.notice(
            "Published the clock step recorded before the last stop",
            metadata: ["now": "\(DomainTime.format(recorded))"])
    }
}
