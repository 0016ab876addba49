import Contracts
import Foundation

/// What the rules look at for one order: its facts, its profiles as they stood before it, and the
/// assessment time that the rules' windows end at (R4).
public struct RiskContext: Sendable {
    public let order: OrderRiskFacts
    /// Domain time of the assessment (the authorisation).
    public let now: Date
    /// The order's profile of each kind it has a key of; the keys are normalised once, here.
    private let profiles: [RiskProfileKey.Kind: RiskProfile]

    /// - Parameter profiles: the stored profiles for `order.profileKeys`; a missing one counts as empty,
    ///   and profiles of other keys are ignored.
    public init(order: OrderRiskFacts, profiles: [RiskProfile], now: Date) {
        self.order = order
        self.now = now
        let stored = Dictionary(profiles.map { ($0.key, $0) }, uniquingKeysWith: { first, _ in first })
        self.profiles = Dictionary(
            uniqueKeysWithValues: order.profileKeys.map { key in (key.kind, stored[key] ?? RiskProfile(key: key)) })
    }

    /// The order's profile of `kind` (empty when first seen), or nil when the order has no such key.
    public func profile(_ kind: RiskProfileKey.Kind) -> RiskProfile? {
        profiles[kind]
    }
}
