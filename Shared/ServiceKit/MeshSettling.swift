import Contracts
import Foundation

/// Whether the mesh has done everything a step of the clock set off, from the `clock.progress` answers of every
/// process (docs/architecture.md §4). The mesh has settled at time `now` when, in two passes in a row that read
/// the same thing:
///
/// - every process answered;
/// - every consumer has applied every stream it follows (the clock aside) up to its publisher's head;
/// - no process has a timer due at or before `now`: every one due was fired;
/// - no process has queued calls still to make.
///
/// The second pass closes the race between reading one process and then another: a pass reads the processes one
/// after the other, so an event published after its publisher answered and applied before its consumer answered
/// would go unseen. Two identical passes mean nothing moved between them: there was an instant at which every
/// answer held at once. A process's clock and its clock stream checkpoint are left out of the comparison: a
/// process with nothing due may apply the ticks late, in batches, without holding up a step.
public enum MeshSettling {
    /// What a pass found.
    public enum Verdict: Sendable, Equatable {
        /// Settled: the next step may start; the soonest timer due anywhere, if any.
        case settled(soonestDue: Date?)
        /// Not yet: why, one sentence per process naming it.
        case waiting([String])
    }

    /// Judges the pass `current` (by instance name; a missing name did not answer) of the processes `expected`,
    /// after the pass `previous` (nil for the first), at the mesh's time `now`.
    public static func judge(
        expected: [String], current: [String: ClockProgress], previous: [String: ClockProgress]?, at now: Date
    ) -> Verdict {
        var reasons: [String] = []
        let heads = Dictionary(
            current.values.compactMap { report in report.stream.map { ($0, report.head ?? 0) } },
            uniquingKeysWith: max)
        for name in expected {
            guard let report = current[name] else {
                reasons.append("\(name) did not answer")
                continue
            }
            reasons += lags(of: report, heads: heads)
            if let due = report.nextDue, due <= now {
                let stands = report.domainTime.map { " (its clock stands at \(DomainTime.format($0)))" } ?? ""
                reasons.append("\(name) has a timer due at \(DomainTime.format(due)) still to fire\(stands)")
            }
            if report.queuedCalls > 0 {
                reasons.append("\(name) has \(report.queuedCalls) queued call(s) still to make")
            }
        }
        if reasons.isEmpty, let previous {
            let moved = expected.filter { name in current[name].map(comparable) != previous[name].map(comparable) }
            reasons += moved.map { "\($0) was still at work" }
        } else if reasons.isEmpty {
            reasons.append("a second pass must confirm the first")
        }
        guard reasons.isEmpty else { return .waiting(reasons) }
        return .settled(soonestDue: expected.compactMap { current[$0]?.nextDue }.min())
    }

    /// The processes among `expected` whose clock has not reached `target`, one sentence each (a process that
    /// does not follow the clock is not waited for).
    public static func behind(expected: [String], current: [String: ClockProgress], target: Date) -> [String] {
        expected.compactMap { name in
            guard let report = current[name] else { return "\(name) did not answer" }
            guard let time = report.domainTime, time < target else { return nil }
            return "\(name) has not applied the step to \(DomainTime.format(target)) (its clock stands at "
                + "\(DomainTime.format(time)))"
        }
    }

    /// The streams `report` has not applied up to their publishers' heads (its clock aside).
    private static func lags(of report: ClockProgress, heads: [String: UInt64]) -> [String] {
        report.applied.sorted { $0.key < $1.key }.compactMap { stream, applied in
            guard stream != StreamNames.clock, let head = heads[stream], applied < head else { return nil }
            return "\(report.name) has applied \(stream) up to \(applied) of \(head)"
        }
    }

    /// A report without what may move while a process applies clock ticks that fire nothing.
    private static func comparable(_ report: ClockProgress) -> ClockProgress {
        var report = report
        report.domainTime = nil
        report.applied[StreamNames.clock] = nil
        return report
    }
}
