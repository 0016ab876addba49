import Glibc

extension DispatchBench {
    /// Runs every worker count and reports each as its own scenario (`dispatch×1`, `dispatch×2` …), with its
    /// speed-up over the first successful run (1 worker, by default).
    func reports() async -> [ScenarioReport] {
        var reports: [ScenarioReport] = []
        var baseline: DispatchRun?
        for workers in workerCounts {
            let name = "dispatch×\(workers)"
            do {
                let run = try await run(workers: workers)
                reports.append(report(run, name: name, baseline: baseline ?? run))
                baseline = baseline ?? run
            } catch {
                reports.append(
                    ScenarioReport(
                        name: name, setting: setting, figures: [],
                        exactlyOnce: ExactlyOnce(expected: orders, observed: "not verified: \(error)", holds: false),
                        notes: []))
            }
        }
        return reports
    }

    private var setting: String {
        "\(orders.grouped) orders, \(Self.partitions) partitions, \(connectorCalls) calls/worker, "
            + "\(Int(Self.latency.seconds * 1000)) ms/call"
    }

    private func report(_ run: DispatchRun, name: String, baseline: DispatchRun) -> ScenarioReport {
        let rate = Double(orders) / run.sentSeconds
        var figures = [
            Figure.rate("POs sent/s (advance → all sent)", events: orders, seconds: run.sentSeconds),
            Figure(
                label: "ceiling \(run.workers) × \(connectorCalls) calls / \(Int(Self.latency.seconds * 1000)) ms",
                value: ceiling(workers: run.workers), unit: .eventsPerSecond),
            Figure(
                label: "speed-up vs \(baseline.workers) worker\(baseline.workers == 1 ? "" : "s")",
                value: rate / (Double(orders) / baseline.sentSeconds), unit: .ratio),
        ]
        if let released = run.releasedSeconds {
            figures += [
                Figure.rate("orders/s released (advance → last)", events: run.released, seconds: released),
                Figure.latency("all sent, after the last release", (run.sentSeconds - released) * 1000),
            ]
        }
        return ScenarioReport(
            name: name, setting: setting, figures: figures, exactlyOnce: run.exactlyOnce,
            notes: [timeline(run), cpuNote(run)])
    }

    private func timeline(_ run: DispatchRun) -> String {
        let released = run.releasedSeconds.map { "\($0.formatted(digits: 2)) s" } ?? "never"
        return "\(run.workers) worker\(run.workers == 1 ? "" : "s"): \(run.released.grouped) released by \(released), "
            + "all sent by \(run.sentSeconds.formatted(digits: 2)) s after the advance (dispatch.list polled every 50 ms)"
    }

    private func cpuNote(_ run: DispatchRun) -> String {
        "CPU s until all sent: \(run.cpu.summary(over: run.sentSeconds))"
    }
}
