import Probe

/// Sustained events/s end to end: the source commits `events` in transactions of `perTransaction`
/// through one `probe.emit`; the clock (`MonotonicClock`) starts as the bench sends it and stops at the
/// commit stamp of the sink transaction that applied the last event.
struct ThroughputScenario {
    let events: Int
    let perTransaction: Int
    static let target = 50_000.0

    func run(_ mesh: ProbeMesh) async throws -> ScenarioReport {
        try await mesh.startBoth()

        let cpuBefore = (source: mesh.cpuSeconds(.source), sink: mesh.cpuSeconds(.sink))
        let start = MonotonicClock.nanoseconds()
        async let emitted: UInt64 = {
            try await mesh.emit(events, perTransaction: perTransaction)
            return MonotonicClock.nanoseconds()
        }()
        try await mesh.waitUntilApplied(events, timeout: .seconds(120 + Int64(events / 1000)))
        let committed = try await emitted
        let applied = try await mesh.commitTime(of: events)
        let endToEnd = Double(Int64(clamping: applied) - Int64(clamping: start)) / 1e9
        let sourceOnly = Double(committed - start) / 1e9
        let sourceCPU = (mesh.cpuSeconds(.source) - cpuBefore.source) / Double(events) * 1e6
        let sinkCPU = (mesh.cpuSeconds(.sink) - cpuBefore.sink) / Double(events) * 1e6
        let sizes = try mesh.eventSizes()
        return ScenarioReport(
            name: "throughput",
            setting: "\(events.grouped) events, \(perTransaction.grouped) per source commit",
            figures: [
                .rate("events/s end to end", events: events, seconds: endToEnd, atLeast: Self.target),
                .rate("events/s committed by the source", events: events, seconds: sourceOnly),
            ],
            exactlyOnce: await mesh.exactlyOnce(expected: events),
            notes: [
                "end to end \(endToEnd.formatted(digits: 2)) s (emit sent → sink commit of seq \(events.grouped)); "
                    + "source finished committing after \(sourceOnly.formatted(digits: 2)) s",
                "CPU per event (user+sys): source \(sourceCPU.formatted(digits: 1)) µs, sink \(sinkCPU.formatted(digits: 1)) µs; "
                    + "at 50,000 events/s two CPUs allow 40 µs for both together",
                "event bodies: \(sizes.average) bytes on average (\(sizes.smallest)…\(sizes.largest))",
                await mesh.counterNote(),
            ])
    }
}
