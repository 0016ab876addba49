import Contracts
import Foundation
import Logging
import MeshConfig
import ProcessControl
import ServiceKit
import Streams

extension MeshSupervisor {
    /// The error code of an advance the mesh kept from going on.
    static let clockStalled = "clock_stalled"

    /// The longest a process waits to be idle before it answers a pass of `clock.progress`, in milliseconds.
    static let progressWait = 250

    /// Has every process fire its timers due by `now` and waits until the mesh has settled there (two passes of
    /// `clock.progress` in a row agreeing that it has); returns the soonest timer due anywhere. Each process
    /// answers a pass once it is idle itself (or after `progressWait`), so that a pass seldom finds work under way.
    /// - Throws: `clock_stalled` naming what kept it from settling within the settle timeout.
    func settle(at now: Date, target: Date, tally: inout AdvanceTally) async throws -> Date? {
        let started = ContinuousClock.now
        defer { tally.settling += ContinuousClock.now - started }
        let deadline = started + configuration.clock.settleTimeout
        let expected = progressInstances()
        var previous: [String: ClockProgress]?
        var pause = Duration.milliseconds(1)
        while true {
            let current = await progress(of: expected, ClockProgressRequest(step: now, waitMs: Self.progressWait))
            tally.passes += 1
            switch MeshSettling.judge(expected: expected, current: current, previous: previous, at: now) {
            case .settled(let soonestDue):
                return soonestDue
            case .waiting(let reasons):
                guard ContinuousClock.now < deadline else {
                    throw stalled(at: now, target: target, steps: tally.steps, reasons: reasons)
                }
            }
            // Ask again at once while the mesh moves; pause while every process says it is idle yet the passes
            // show it is not (a consumer that has not heard of its publisher's head yet).
            if current == previous {
                try await Task.sleep(for: pause)
                pause = min(pause * 2, .milliseconds(20))
            } else {
                pause = .milliseconds(1)
            }
            previous = current
        }
    }

    /// Waits until every process that follows the clock has applied `target`.
    /// - Throws: `clock_stalled` naming the processes behind when the settle timeout passes.
    func awaitClocks(reaching target: Date, tally: inout AdvanceTally) async throws {
        let deadline = ContinuousClock.now + configuration.clock.settleTimeout
        let expected = progressInstances()
        var pause = Duration.milliseconds(1)
        while true {
            tally.passes += 1
            let request = ClockProgressRequest(reaching: target, waitMs: Self.progressWait)
            let behind = MeshSettling.behind(
                expected: expected, current: await progress(of: expected, request), target: target)
            if behind.isEmpty { return }
            guard ContinuousClock.now < deadline else {
                throw stalled(at: target, target: target, steps: tally.steps, reasons: behind)
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

    /// One pass of `clock.progress` with `request` over `names`, concurrently; a process that does not answer
    /// within a second of its wait is left out.
    private func progress(of names: [String], _ request: ClockProgressRequest) async -> [String: ClockProgress] {
        let timeout = .milliseconds(Self.progressWait) + min(Duration.seconds(1), configuration.clock.settleTimeout)
        return await withTaskGroup(of: (String, ClockProgress?).self) { group in
            for name in names {
                group.addTask {
                    let report = try? await self.client(name).call(
                        "clock.progress", params: request, as: ClockProgress.self, timeout: timeout)
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
        return RPCFailure(code: Self.clockStalled, message: message)
    }
}
