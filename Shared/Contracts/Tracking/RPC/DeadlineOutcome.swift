/// How one of an order's deadlines turned out (R8, R10, R12); the raw values are the JSON names.
public enum DeadlineOutcome: String, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// Not due yet and not met yet.
    case pending
    /// Met before the deadline instant.
    case met
    /// Passed unmet (an infraction for R8 and R10; R12 eligibility lost).
    case missed
    /// The order was refunded or cancelled before the deadline: it no longer applies.
    case void

    public var description: String { rawValue }
}
