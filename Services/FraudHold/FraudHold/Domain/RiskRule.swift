import Foundation

/// One fraud signal: an id, a weight added to the score when it fires, and the sentence that says why (R4).
public protocol RiskRule: Sendable {
    /// Stable snake_case id, kept with each order's reasons, e.g. `velocity_1h`.
    var id: String { get }
    /// Points added to the order's score when the rule fires.
    var weight: Int { get }
    /// The explanation with its numbers when the rule fires for `context`, or nil when it does not.
    func explain(_ context: RiskContext) -> String?
}

/// Explanation helpers shared by the rules.
enum RuleText {
    /// `the last hour`, `the last 24 hours`, `the last 30 minutes`.
    static func window(_ seconds: TimeInterval) -> String {
        let minutes = Int(seconds / 60)
        if minutes == 60 { return "the last hour" }
        if minutes % 60 == 0 { return "the last \(minutes / 60) hours" }
        return "the last \(minutes) minutes"
    }

    /// `a`, `a and b`, `a, b and c`.
    static func list(_ parts: [String]) -> String {
        guard let last = parts.last, parts.count > 1 else { return parts.first ?? "" }
        return parts.dropLast().joined(separator: ", ") + " and " + last
    }
}
