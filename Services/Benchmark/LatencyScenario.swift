import Contracts
import GRDB
import Probe

/// p50/p99 latency at a steady rate: the bench calls `probe.emit {count: 1, perTransaction: 1}` every
/// 1/`rate` s for `seconds`, one event per source transaction, and compares, per event, the source's
/// `emittedAtNanos` (inside its transaction) with the sink's `appliedAtNanos` (inside its transaction) and
/// with the sink's commit stamp (after its fsync). All are `CLOCK_MONOTONIC` readings on this machine.
struct LatencyScenario {
    let rate: Int
    let seconds: Int
    /// Events sent (and waited for) first, outside the measurement.
    let warmUp = 200
    static let target = 10.0

    func run(_ mesh: ProbeMesh) async throws -> ScenarioReport {
        try await mesh.startBoth()
        _ = try await pace(mesh, count: warmUp)
        try await mesh.waitUntilApplied(warmUp, timeout: .seconds(30))

        let count = rate * seconds
        let sendingTime = try await pace(mesh, count: count)
        try await mesh.waitUntilApplied(warmUp + count, timeout: .seconds(60))
        let samples = try await measure(mesh, after: warmUp)
        let durable = LatencyStatistics(nanoseconds: samples.durable)
        let applied = LatencyStatistics(nanoseconds: samples.applied)
        var figures: [Figure] = []
        if let durable {
            figures += [
                .latency("p50 to durable sink commit", durable.p50),
                .latency("p99 to durable sink commit", durable.p99, atMost: Self.target),
                .latency("p99.9 to durable sink commit", durable.p999),
                .latency("max to durable sink commit", durable.max),
            ]
        }
        if let applied {
            figures += [
                .latency("p50 to sink apply (before its commit)", applied.p50),
                .latency("p99 to sink apply (before its commit)", applied.p99),
            ]
        }
        return ScenarioReport(
            name: "latency",
            setting: "\(seconds) s at \(rate.grouped) events/s, 1 event per source commit",
            figures: figures,
            exactlyOnce: await mesh.exactlyOnce(expected: warmUp + count),
            notes: [
                "sent \(count.grouped) events in \(sendingTime.formatted(digits: 2)) s "
                    + "(\((Double(count) / sendingTime).formatted(digits: 0)) events/s achieved), after \(warmUp) warm-up events",
                "samples: \(durable?.count ?? 0) with a commit stamp of \(samples.rows) rows",
                await mesh.counterNote(),
            ])
    }

    /// Fires one `probe.emit` per tick without waiting for the previous reply; returns the seconds the
    /// ticks took (more than `count / rate` when the machine could not keep up).
    private func pace(_ mesh: ProbeMesh, count: Int) async throws -> Double {
        let interval = Duration.seconds(1) / rate
        let start = ContinuousClock.now
        try await withThrowingDiscardingTaskGroup { group in
            for index in 0..<count {
                try await Task.sleep(until: start + interval * index, clock: .continuous)
                group.addTask { try await mesh.emit(1, perTransaction: 1) }
            }
        }
        return (ContinuousClock.now - start).seconds
    }

    /// Per event after `seq`: emitted → applied, and emitted → the commit stamp of its sink transaction.
    private func measure(_ mesh: ProbeMesh, after seq: Int) async throws
        -> (applied: [UInt64], durable: [UInt64], rows: Int)
    {
        let stamps = try await mesh.commitStamps(after: UInt64(seq))
        let rows = try mesh.read(.sink) { db in
            try Row.fetchAll(
                db, sql: "SELECT seq, emittedAtNanos, appliedAtNanos FROM received WHERE seq > :after ORDER BY seq",
                arguments: ["after": seq]
            ).map { row in
                (
                    seq: UInt64(row["seq"] as Int64), emitted: row["emittedAtNanos"] as Int64?,
                    applied: row["appliedAtNanos"] as Int64?
                )
            }
        }
        var applied: [UInt64] = []
        var durable: [UInt64] = []
        var stampIndex = 0
        for row in rows {
            guard let emitted = row.emitted, let appliedAt = row.applied else { continue }
            applied.append(UInt64(clamping: appliedAt - emitted))
            while stampIndex < stamps.count && stamps[stampIndex].through < row.seq { stampIndex += 1 }
            if stampIndex < stamps.count {
                durable.append(UInt64(clamping: Int64(clamping: stamps[stampIndex].committedAtNanos) - emitted))
            }
        }
        return (applied, durable, rows.count)
    }
}
