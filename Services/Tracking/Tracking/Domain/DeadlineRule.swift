import Foundation

/// A deadline counted in whole calendar days from an order's release (R8, R10, R12).
///
/// "Within N calendar days" ends as the Nth day ends: a fact is within when it happened strictly before
/// release + N × 24 h, so the deadline instant itself is late. Shipped 4d 23h 59m after release is on time for
/// R8 and shipped at exactly 5d is late; a first scan at 6d 23h 59m is within R10 and one at 7d is not; a first
/// scan on day 30 (before 30d) keeps R12's eligibility and one on day 31 (from 30d) loses it. The durable timer
/// of a deadline is due at the instant itself, so a timer that fires there finds a fact of that very instant late.
public struct DeadlineRule: Sendable, Hashable {
    /// Whole days from release.
    public var days: Int

    /// R12: the first scan must come within 30 calendar days of release for the order to become eligible.
    public static let eligibilityWindow = DeadlineRule(days: 30)

    public init(days: Int) {
        self.days = days
    }

    /// The deadline instant for an order released at `releasedAt`.
    public func due(releasedAt: Date) -> Date {
        releasedAt.addingTimeInterval(TimeInterval(days) * 86_400)
    }

    /// Whether a fact at `time` meets the deadline: strictly before it.
    public func isMet(at time: Date, releasedAt: Date) -> Bool {
        time < due(releasedAt: releasedAt)
    }
}
