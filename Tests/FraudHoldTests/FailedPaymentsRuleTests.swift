import Contracts
import Foundation
import FraudHold
import Testing

/// R4: many failed payments for the customer or the card fire at 3 declines in 24 hours.
struct FailedPaymentsRuleTests {
    typealias Kind = RiskProfileKey.Kind

    @Test(
        "R4: ≥ 3 declines in 24 hours fires, 2 does not",
        arguments: [
            (Kind.customer, 3, "3 declined payments from this customer in the last 24 hours (limit 3)"),
            (.customer, 2, nil),
            (.card, 3, "3 declined payments from this card in the last 24 hours (limit 3)"),
            (.card, 2, nil),
            (.address, 5, nil),
        ] as [(Kind, Int, String?)])
    func threshold(kind: Kind, declines: Int, expected: String?) {
        let times = (1...declines).map { Fixtures.hours(-Double($0)) }
        let context = RiskContext(
            order: Fixtures.order(), profiles: [Fixtures.profile(kind, declines: times)], now: Fixtures.t0)
        #expect(RiskRules().failedPayments.explain(context) == expected)
    }

    @Test(
        "R4: a decline exactly 24 hours ago counts, one second older does not",
        arguments: [
            (86_400.0, true), (86_401, false),
        ])
    func windowEdge(age: TimeInterval, fires: Bool) {
        let times = [Fixtures.hours(-1), Fixtures.hours(-2), Fixtures.t0.addingTimeInterval(-age)]
        let context = RiskContext(
            order: Fixtures.order(), profiles: [Fixtures.profile(.card, declines: times)], now: Fixtures.t0)
        #expect((RiskRules().failedPayments.explain(context) != nil) == fires)
    }

    @Test("R4: a decline recorded twice for one order counts once")
    func idempotentDecline() {
        var profile = Fixtures.profile(.customer, declines: [Fixtures.hours(-1), Fixtures.hours(-2)])
        profile.recordDecline("d-1", at: Fixtures.hours(-1))
        let context = RiskContext(order: Fixtures.order(), profiles: [profile], now: Fixtures.t0)
        #expect(profile.declines.count == 2)
        #expect(RiskRules().failedPayments.explain(context) == nil)
    }
}
