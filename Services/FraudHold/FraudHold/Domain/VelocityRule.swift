import Contracts
import Foundation

/// Fires when `limit` or more orders, this one included, came from the same customer, card, address or
/// IP within `window` (R4). Defaults in `RiskRules`: 3 in 1 hour (weight 50), 5 in 24 hours (weight 30).
public struct VelocityRule: RiskRule, Hashable {
    public var id: String
    public var weight: Int
    /// Orders counted, this one included.
    public var limit: Int
    /// Seconds before the assessment; an order placed exactly `window` ago still counts.
    public var window: TimeInterval

    public init(id: String, limit: Int, window: TimeInterval, weight: Int) {
        self.id = id
        self.limit = limit
        self.window = window
        self.weight = weight
    }

    /// `4 orders from this card in the last hour (limit 3)`; every dimension at or over the limit is named.
    public func explain(_ context: RiskContext) -> String? {
        let start = context.now.addingTimeInterval(-window)
        let parts = RiskProfileKey.Kind.allCases.compactMap { kind -> String? in
            guard let profile = context.profile(kind) else { return nil }
            let count = profile.orderCount(from: start, to: context.now, excluding: context.order.orderID) + 1
            return count >= limit ? "\(count) orders from this \(kind.noun)" : nil
        }
        guard !parts.isEmpty else { return nil }
        return "\(RuleText.list(parts)) in \(RuleText.window(window)) (limit \(limit))"
    }
}
