import Foundation

/// One of an order's deadlines counted from its release, and its outcome, as `tracking.show` lists them.
public struct DeadlineView: Codable, Sendable, Equatable {
    /// The rule it enforces: `R8`, `R10` or `R12`.
    public var rule: String
    /// What must happen before `due`: `shipped`, `confirmed fulfilled`, `confirmed fulfilled for eligibility`.
    public var requirement: String
    /// The deadline instant; a fact at or after it is late.
    public var due: Date
    public var outcome: DeadlineOutcome
    /// When the requirement was met, early or late; nil while it is not.
    public var metAt: Date?

    public init(rule: String, requirement: String, due: Date, outcome: DeadlineOutcome, metAt: Date?) {
        self.rule = rule
        self.requirement = requirement
        self.due = due
        self.outcome = outcome
        self.metAt = metAt
    }
}
