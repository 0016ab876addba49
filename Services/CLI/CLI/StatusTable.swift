import Contracts
import Foundation
import ServiceKit

/// Renders `MeshStatus` as a table for people.
public enum StatusTable {
    public static func render(_ status: MeshStatus) -> String {
        var lines = [
            "supervisor pid \(status.supervisorPID)  clock \(status.clockMode) \(DomainTime.format(status.domainTime))  state \(status.stateDirectory)",
            "",
        ]
        let header = ["PROCESS", "PID", "STATE", "UPTIME", "RESTARTS", "STREAM HEAD", "SUBSCRIPTIONS (lag)", "DEAD"]
        var rows = [header]
        for process in status.processes + status.partitions {
            let report = process.report
            let head = report?.publication.map { "\($0.head)" } ?? "-"
            let subscriptions = report.map { subscriptionSummary($0.subscriptions) } ?? "-"
            rows.append([
                process.name, process.pid.map(String.init) ?? "-",
                process.state + (process.crashLooping ? " (crash loop)" : ""),
                process.uptimeSeconds.map { DurationText.format(.seconds(Int64($0))) } ?? "-",
                "\(process.restarts)", head, subscriptions.isEmpty ? "-" : subscriptions,
                report.map { "\($0.deadLetters)" } ?? "?",
            ])
        }
        let widths = header.indices.map { column in rows.map { $0[column].count }.max() ?? 0 }
        for row in rows {
            lines.append(
                row.enumerated().map { $1.padding(toLength: widths[$0], withPad: " ", startingAt: 0) }
                    .joined(separator: "  ").trimmingCharacters(in: .whitespaces))
        }
        for process in status.processes + status.partitions {
            if let exit = process.lastExit { lines.append("\(process.name): last exit \(exit)") }
            for subscription in process.report?.subscriptions ?? [] {
                if let alert = subscription.alert { lines.append("\(process.name): ALERT \(alert)") }
            }
            for alert in process.report?.alerts ?? [] { lines.append("\(process.name): ALERT \(alert)") }
        }
        return lines.joined(separator: "\n")
    }
}

extension StatusTable {
    /// Each subscription as `stream lag phase`; the partitions of one group that agree are folded into one entry
    /// (`dispatch.p0-7 0 live`), so that a consumer of eight partitions fits on a line.
    public static func subscriptionSummary(_ subscriptions: [SubscriptionStatus]) -> String {
        var entries: [(stream: String, state: String, partitions: [Int])] = []
        for subscription in subscriptions {
            let state = "\(subscription.lag) \(subscription.phase.rawValue)"
            if let dot = subscription.stream.lastIndex(of: "."),
                subscription.stream[subscription.stream.index(after: dot)...].first == "p",
                let index = Int(subscription.stream[subscription.stream.index(dot, offsetBy: 2)...])
            {
                let group = String(subscription.stream[..<dot]) + ".p"
                if let last = entries.indices.last, entries[last].stream == group, entries[last].state == state,
                    entries[last].partitions.last == index - 1
                {
                    entries[last].partitions.append(index)
                    continue
                }
                entries.append((group, state, [index]))
            } else {
                entries.append((subscription.stream, state, []))
            }
        }
        let text = entries.map { entry in
            switch entry.partitions.count {
            case 0: "\(entry.stream) \(entry.state)"
            case 1: "\(entry.stream)\(entry.partitions[0]) \(entry.state)"
            default: "\(entry.stream)\(entry.partitions[0])-\(entry.partitions.last!) \(entry.state)"
            }
        }
        return text.isEmpty ? "-" : text.joined(separator: ", ")
    }
}
