import Contracts
import Foundation

/// What the rules look at for one order: its facts, its profiles as they stood before it, and the
/// assessment time that the rules' windows end at (R4).
public struct RiskContext: Sendable {
    public let order: OrderRiskFacts
    /// Domain time of the assessment (the authorisation).
    public let now: Date
    private let profiles: [RiskProfileKey: RiskProfile]

    /// - Parameter profiles: the stored profiles for `order.profileKeys`; a missing one counts as empty,
    ///   and profiles of other keys are ignored.
    public init(order: OrderRiskFacts, profiles: [RiskProfile], now: Date) {
        self.order = order
        self.now = now
        self.profiles = Dictionary(profiles.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// The order's profile of `kind` (empty when first seen), or nil when the order has no such key.
    public func profile(_ kind: RiskProfileKey.Kind) -> RiskProfile? {
        order.key(kind).map { profiles[$0] ?? RiskProfile(key: $0) }
    }
}
