import Contracts
import Foundation

/// The fraud policy: every rule with its threshold and weight, and the review threshold (R4).
///
/// Defaults (each a mesh-config policy setting):
///
/// | rule id                   | fires when                                                    | weight |
/// |---------------------------|---------------------------------------------------------------|--------|
/// | `velocity_1h`             | ≥ 3 orders in 1 hour from the same customer, card, address or IP | 50 |
/// | `velocity_24h`            | ≥ 5 orders in 24 hours from the same customer, card, address or IP | 30 |
/// | `amount_spike`            | ≥ 5× the customer's median order and ≥ about 100 USD          | 40     |
/// | `country_mismatch`        | card country ≠ shipping country                               | 25     |
/// | `disposable_email`        | email domain (or a parent domain) is a disposable provider    | 25     |
/// | `failed_payments`         | ≥ 3 declines in 24 hours for the customer or the card         | 50     |
/// | `first_order_high_amount` | the customer's first order and ≥ about 200 USD                | 25     |
///
/// "About 100 USD" is 100 whole units of the order's currency, or its worth in the currencies worth far less than
/// a dollar (15000 JPY, 500.00 BRL, …): the policy table `AmountThreshold.unitsPerDollar`.
///
/// An order goes `under_review` when its score reaches `reviewThreshold` (default 50): one strong signal
/// (velocity within the hour, repeated declines) or two weaker ones.
public struct RiskRules: Sendable {
    public var reviewThreshold = 50
    public var hourlyVelocity = VelocityRule(id: "velocity_1h", limit: 3, window: 3_600, weight: 50)
    public var dailyVelocity = VelocityRule(id: "velocity_24h", limit: 5, window: 86_400, weight: 30)
    public var amountSpike = AmountSpikeRule()
    public var countryMismatch = CountryMismatchRule()
    public var disposableEmail = DisposableEmailRule()
    public var failedPayments = FailedPaymentsRule()
    public var firstOrderAmount = FirstOrderAmountRule()

    /// The default policy.
    public init() {}

    /// Every rule, in the order reasons are listed.
    public var all: [any RiskRule] {
        [
            hourlyVelocity, dailyVelocity, amountSpike, countryMismatch, disposableEmail, failedPayments,
            firstOrderAmount,
        ]
    }

    /// Scores `order` against its profiles as they stood before it (R4).
    /// - Parameters:
    ///   - profiles: the stored profiles for `order.profileKeys`; missing ones count as empty.
    ///   - now: domain time of the assessment; the rules' windows end here.
    public func assess(_ order: OrderRiskFacts, profiles: [RiskProfile], at now: Date) -> RiskAssessment {
        let context = RiskContext(order: order, profiles: profiles, now: now)
        let reasons = all.compactMap { rule in
            rule.explain(context).map { RiskReason(ruleID: rule.id, weight: rule.weight, explanation: $0) }
        }
        return RiskAssessment(orderID: order.orderID, reasons: reasons, reviewThreshold: reviewThreshold)
    }
}
