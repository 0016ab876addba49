import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ProcessControl
import ServiceKit
import Streams
import Synchronization

extension MeshSupervisor {
    /// `clock.advance`: moves simulated time forward by the request's duration in steps (docs/architecture.md §4).
    ///
    /// Before each step it waits until the mesh has settled (`MeshSettling`), then publishes the step's end on the
    /// `clock` stream: the soonest timer due anywhere plus the resolution, or the target (`ClockStep`). After the
    /// last step it waits until every process's clock has reached the target, and answers with the steps taken.
    /// A process that does not answer or does not settle within `clock.settle_timeout_ms` stops the advance with a
    /// `clock_stalled` error naming it and the time reached; each step published is durable on the stream, so the
    /// mesh's time is consistent there and a new advance continues from it.
    func advanceClock(_ request: AdvanceRequest) async throws -> ClockReading {
        guard case .simulated = host.clock.mode else {
            throw RPCFailure(
                code: "not_simulated", message: "The mesh runs on the system clock; start it with --sim-clock.")
        }
        guard let duration = DurationText.parse(request.by) else {
            throw RPCFailure.invalidRequest("must be a duration such as 8h, 90m or 1d12h", field: "by")
        }
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
        var now = start
        var steps = 0
        while now < target {
            let soonestDue = try await settle(at: now, target: target, steps: steps)
            now = try await publishStep(
                ClockStep.next(
                    from: now, to: target, soonestDue: soonestDue, resolution: configuration.clock.resolution))
            steps += 1
        }
        try await awaitClocks(reaching: target, steps: steps)
        logger.info(
            "Clock advanced",
            metadata: [
                "by": "\(request.by)", "now": "\(DomainTime.format(target))", "steps": "\(steps)",
                "seconds": "\(String(format: "%.3f", (ContinuousClock.now - started) / .seconds(1)))",
            ])
        return ClockReading(mode: configuration.clock.mode.rawValue, now: target, steps: steps)
    }

    /// Publishes one step: the new time, stored and appended to the `clock` stream in one transaction.
    private func publishStep(_ time: Date) async throws -> Date {
        try await host.store.write { db in
            try self.host.clock.advance(to: time, in: db)
            try self.host.outbox.append(ClockAdvanced(now: time), at: time, in: db)
        }
        return time
    }

    /// Waits until the mesh has settled at `now` (two passes of `clock.progress` in a row agreeing that it has);
    /// returns the soonest timer due anywhere.
    /// - Throws: `clock_stalled` naming what kept it from settling within the settle timeout.
    private func settle(at now: Date, target: Date, steps: Int) async throws -> Date? {
        let deadline = ContinuousClock.now + configuration.clock.settleTimeout
        let expected = progressInstances()
        var previous: [String: ClockProgress]?
        var pause = Duration.milliseconds(1)
        while true {
            let current = await progress(of: expected)
            switch MeshSettling.judge(expected: expected, current: current, previous: previous, at: now) {
            case .settled(let soonestDue):
                return soonestDue
            case .waiting(let reasons):
                guard ContinuousClock.now < deadline else {
                    throw stalled(at: now, target: target, steps: steps, reasons: reasons)
                }
            }
            // Poll often while the mesh moves, less while it waits on something slow.
            pause = current == previous ? min(pause * 2, .milliseconds(20)) : .milliseconds(1)
            previous = current
            try await Task.sleep(for: pause)
        }
    }

    /// Waits until every process that follows the clock has applied `target`.
    /// - Throws: `clock_stalled` naming the processes behind when the settle timeout passes.
    private func awaitClocks(reaching target: Date, steps: Int) async throws {
        let deadline = ContinuousClock.now + configuration.clock.settleTimeout
        let expected = progressInstances()
        var pause = Duration.milliseconds(1)
        while true {
            let behind = MeshSettling.behind(expected: expected, current: await progress(of: expected), target: target)
            if behind.isEmpty { return }
            guard ContinuousClock.now < deadline else {
                throw stalled(at: target, target: target, steps: steps, reasons: behind)
            }
            try await Task.sleep(for: pause)
            pause = min(pause * 2, .milliseconds(20))
        }
    }

    /// Every process the stepped clock hears from: each child the supervisor runs, and each dispatch partition
    /// (which answers through whichever worker hosts it).
    private func progressInstances() -> [String] {
        table.snapshot().map(\.name) + configuration.services.flatMap(\.partitionNames)
    }

    /// One pass of `clock.progress` over `names`, concurrently; a process that does not answer within a second is
    /// left out.
    private func progress(of names: [String]) async -> [String: ClockProgress] {
        let timeout = min(Duration.seconds(1), configuration.clock.settleTimeout)
        return await withTaskGroup(of: (String, ClockProgress?).self) { group in
            for name in names {
                group.addTask {
                    let report = try? await self.client(name).call(
                        "clock.progress", params: Empty(), as: ClockProgress.self, timeout: timeout)
                    return (name, report)
                }
            }
            var reports: [String: ClockProgress] = [:]
            for await (name, report) in group { reports[name] = report }
            return reports
        }
    }

    /// The error of an advance that could not go on, logged too.
    private func stalled(at now: Date, target: Date, steps: Int, reasons: [String]) -> RPCFailure {
        let seconds = configuration.clock.settleTimeout / .seconds(1)
        let message =
            "The clock stopped at \(DomainTime.format(now)) on its way to \(DomainTime.format(target)), after "
            + "\(steps) step(s): after \(String(format: "%g", seconds)) s, \(reasons.joined(separator: "; ")). "
            + "Every process's time is consistent at \(DomainTime.format(now)); `dropline clock advance` goes on "
            + "from there."
        logger.error("Clock advance stopped", metadata: ["now": "\(DomainTime.format(now))", "why": "\(reasons)"])
        return RPCFailure(code: "clock_stalled", message: message)
    }
}
