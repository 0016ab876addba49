import Foundation
import MeshConfig

/// Prints the results as a table: each figure with its target and whether it was met, then the
/// exactly-once verdicts and the command that reproduces the run.
struct ReportPrinter {
    let machine: MachineInfo
    /// The mesh config the probes ran with (nil if no scenario got as far as loading it).
    let configuration: MeshConfiguration?
    /// Load averages when the run started and ended.
    let load: (before: String, after: String)
    let reproduce: [String]

    func print(_ reports: [ScenarioReport]) {
        var lines = [
            "",
            "Dropline stream benchmark: one publisher → one subscriber, real processes, ZeroMQ, SQLite WAL synchronous=FULL on both sides",
            "machine  \(machine.processors) CPUs (nproc), \(machine.cpuModel), Linux \(machine.kernel)",
            "build    \(machine.buildConfiguration)",
            "stores   \(machine.fileSystem)",
            "load     \(load.before) before, \(load.after) after (1/5/15 min; other processes skew the figures)",
            "streams  \(streamSettings)",
            "",
            "scenario".padded(to: 11) + "setting".padded(to: 58) + "figure".padded(to: 42) + "target".padded(to: 16)
                + "measured".padded(to: 16) + "verdict",
            String(repeating: "─", count: 157),
        ]
        for report in reports {
            for (index, figure) in report.figures.enumerated() {
                let verdict = figure.target.map { $0.isMet(by: figure.value) ? "met" : "MISSED" } ?? ""
                lines.append(
                    (index == 0 ? report.name : "").padded(to: 11) + (index == 0 ? report.setting : "").padded(to: 58)
                        + figure.label.padded(to: 42)
                        + (figure.target.map { text($0, figure.unit) } ?? "—").padded(to: 16)
                        + text(figure.value, figure.unit).padded(to: 16) + verdict)
            }
            if report.figures.isEmpty { lines.append(report.name.padded(to: 11) + report.setting) }
        }
        lines += ["", "exactly once (probe.summary: count == distinct == last seq, in order):"]
        for report in reports {
            let once = report.exactlyOnce
            let expected = once.expected > 0 ? "expected 1…\(once.expected.grouped): " : ""
            lines.append(
                "  \(report.name.padded(to: 11))\(once.holds ? "holds " : "FAILED")  \(expected)\(once.observed)")
        }
        lines += ["", "notes:"]
        for report in reports {
            for note in report.notes { lines.append("  \(report.name.padded(to: 11))\(note)") }
        }
        lines += ["", "reproduce:"] + reproduce.map { "  " + $0 } + [""]
        Swift.print(lines.joined(separator: "\n"))
    }

    private var streamSettings: String {
        guard let configuration, let source = configuration.instance(named: ProbeMesh.Role.source.rawValue) else {
            return "(mesh config not loaded)"
        }
        let streams = configuration.streams
        let transport = source.publishEndpoint.prefix { $0 != ":" }
        return "sink batch_max \(streams.batchMax), fetch_credit \(streams.fetchCredit), "
            + "heartbeat \(Int(streams.heartbeatInterval.seconds * 1000)) ms, \(transport) endpoints"
    }

    private func text(_ value: Double, _ unit: Figure.Unit) -> String {
        switch unit {
        case .eventsPerSecond: "\(Int(value.rounded()).grouped) ev/s"
        case .milliseconds: "\(value.formatted(digits: value < 10 ? 2 : 1)) ms"
        case .ratio: "\(value.formatted(digits: 2))×"
        case .seconds: "\(value.formatted(digits: value < 10 ? 2 : 1)) s"
        case .count: Int(value.rounded()).grouped
        }
    }

    private func text(_ target: Figure.Target, _ unit: Figure.Unit) -> String {
        (target.direction == .atLeast ? "≥ " : "≤ ") + text(target.value, unit)
    }
}
