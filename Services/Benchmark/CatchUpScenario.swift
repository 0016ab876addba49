import GRDB
import Probe

/// Replay catch-up: a sink that applied `warmUp` events is stopped, the source commits `behind` more,
/// and the sink is started again. The events come by FETCH replay (DEALER/ROUTER with credit), not on
/// the live path. Times are `MonotonicClock` readings: the bench's just before the spawn, the sink's
/// `appliedAtNanos` of the first replayed event, and the commit stamp of its last transaction.
struct CatchUpScenario {
    let behind: Int
    let perTransaction: Int
    let warmUp = 1_000
    static let target = 100_000.0

    func run(_ mesh: ProbeMesh) async throws -> ScenarioReport {
        try await mesh.startBoth()
        try await mesh.emit(warmUp, perTransaction: perTransaction)
        try await mesh.waitUntilApplied(warmUp, timeout: .seconds(60))
        await mesh.stop(.sink)
        let emitStart = MonotonicClock.nanoseconds()
        try await mesh.emit(behind, perTransaction: perTransaction)
        let sourceAlone = Double(MonotonicClock.nanoseconds() - emitStart) / 1e9

        let spawned = MonotonicClock.nanoseconds()
        try await mesh.start(.sink)
        try await mesh.waitUntilApplied(warmUp + behind, timeout: .seconds(120 + Int64(behind / 1000)))
        let sinkCPU = mesh.cpuSeconds(.sink) / Double(behind) * 1e6
        let caughtUp = try await mesh.commitTime(of: warmUp + behind)
        let firstApplied = try mesh.read(.sink) { db in
            try Int64.fetchOne(
                db, sql: "SELECT appliedAtNanos FROM received WHERE seq = :seq", arguments: ["seq": warmUp + 1])
        }
        guard let firstApplied else { throw BenchError.missingMeasurement("when seq \(warmUp + 1) was applied") }
        let fromSpawn = Double(Int64(clamping: caughtUp) - Int64(clamping: spawned)) / 1e9
        let replaying = Double(Int64(clamping: caughtUp) - firstApplied) / 1e9
        return ScenarioReport(
            name: "catch-up",
            setting: "\(behind.grouped) behind (\(warmUp.grouped) applied before), sink restarted",
            figures: [
                .rate("events/s from sink process start", events: behind, seconds: fromSpawn, atLeast: Self.target),
                .rate("events/s replaying (first → last applied)", events: behind, seconds: replaying),
            ],
            exactlyOnce: await mesh.exactlyOnce(expected: warmUp + behind),
            notes: [
                "caught up \(fromSpawn.formatted(digits: 2)) s after the spawn, of which "
                    + "\((fromSpawn - replaying).formatted(digits: 2)) s before the first event was applied (start-up, first FETCH)",
                "sink CPU per replayed event (user+sys, start-up included): \(sinkCPU.formatted(digits: 1)) µs",
                "the source alone (no subscriber) committed the \(behind.grouped) events at "
                    + "\(Int((Double(behind) / sourceAlone).rounded()).grouped) events/s, \(perTransaction.grouped) per commit",
                await mesh.counterNote(),
            ])
    }
}
