import Contracts
import Foundation

/// Fires when the customer or the card had `limit` or more declined payments within `window` (R4).
/// Defaults: 3 declines in 24 hours, weight 50.
public struct FailedPaymentsRule: RiskRule, Hashable {
    public var id: String { "failed_payments" }
    public var weight: Int
    public var limit: Int
    /// Seconds before the assessment; a decline exactly `window` ago still counts.
    public var window: TimeInterval

    public init(limit: Int = 3, window: TimeInterval = 86_400, weight: Int = 50) {
        self.limit = limit
        self.window = window
        self.weight = weight
    }

    /// `3 declined payments from this card in the last 24 hours (limit 3)`.
    public func explain(_ context: RiskContext) -> String? {
        let start = context.now.addingTimeInterval(-window)
        let parts = [RiskProfileKey.Kind.customer, .card].compactMap { kind -> String? in
            guard let profile = context.profile(kind) else { return nil }
            let count = profile.declineCount(from: start, to: context.now)
            return count >= limit ? "\(count) declined payments from this \(kind.noun)" : nil
        }
        guard !parts.isEmpty else { return nil }
        return "\(RuleText.list(parts)) in \(RuleText.window(window)) (limit \(limit))"
    }
}
