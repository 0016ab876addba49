import Contracts
import Foundation
import FraudHold
import Testing

/// R4: velocity fires exactly at its limit, per customer, card, address and IP, within its window.
struct VelocityRuleTests {
    typealias Kind = RiskProfileKey.Kind

    /// The hourly or daily rule's explanation for the default order, given one profile's earlier orders.
    static func explain(_ rule: VelocityRule, _ kind: Kind, earlier: [(Money, Date)]) -> String? {
        let context = RiskContext(
            order: Fixtures.order(), profiles: [Fixtures.profile(kind, orders: earlier)], now: Fixtures.t0)
        return rule.explain(context)
    }

    @Test(
        "R4: ≥ 3 orders in 1 hour fires, 2 does not",
        arguments: [
            (Kind.customer, 2, "3 orders from this customer in the last hour (limit 3)"),
            (.customer, 1, nil),
            (.card, 3, "4 orders from this card in the last hour (limit 3)"),
            (.card, 1, nil),
            (.address, 2, "3 orders from this address in the last hour (limit 3)"),
            (.address, 1, nil),
            (.ip, 2, "3 orders from this IP address in the last hour (limit 3)"),
            (.ip, 1, nil),
        ] as [(Kind, Int, String?)])
    func hourly(kind: Kind, earlier: Int, expected: String?) {
        #expect(Self.explain(RiskRules().hourlyVelocity, kind, earlier: Fixtures.earlier(earlier)) == expected)
    }

    @Test(
        "R4: ≥ 5 orders in 24 hours fires, 4 does not",
        arguments: [
            (Kind.customer, 4, "5 orders from this customer in the last 24 hours (limit 5)"),
            (.customer, 3, nil),
            (.card, 4, "5 orders from this card in the last 24 hours (limit 5)"),
            (.card, 3, nil),
            (.address, 5, "6 orders from this address in the last 24 hours (limit 5)"),
            (.ip, 3, nil),
        ] as [(Kind, Int, String?)])
    func daily(kind: Kind, earlier: Int, expected: String?) {
        // Orders 4 hours apart, so the hourly rule would not see them
        let orders = Fixtures.earlier(earlier, every: 4)
        #expect(Self.explain(RiskRules().dailyVelocity, kind, earlier: orders) == expected)
    }

    @Test(
        "R4: an order placed exactly one window ago still counts, one second more does not",
        arguments: [(3_600.0, true), (3_601, false)])
    func hourlyWindowEdge(age: TimeInterval, fires: Bool) {
        let earlier = [
            (Fixtures.usd(10_00), Fixtures.t0.addingTimeInterval(-age)), (Fixtures.usd(10_00), Fixtures.hours(-0.5)),
        ]
        #expect((Self.explain(RiskRules().hourlyVelocity, .card, earlier: earlier) != nil) == fires)
    }

    @Test("R4: the daily window is 24 hours, both ends included", arguments: [(86_400.0, true), (86_401, false)])
    func dailyWindowEdge(age: TimeInterval, fires: Bool) {
        var earlier = Fixtures.earlier(3, every: 4)
        earlier.append((Fixtures.usd(10_00), Fixtures.t0.addingTimeInterval(-age)))
        #expect((Self.explain(RiskRules().dailyVelocity, .customer, earlier: earlier) != nil) == fires)
    }

    @Test("R4: every dimension at the limit is named in one sentence")
    func severalDimensions() {
        let order = Fixtures.order()
        let profiles = [
            Fixtures.profile(.customer, orders: Fixtures.earlier(2)),
            Fixtures.profile(.card, orders: Fixtures.earlier(3)),
            Fixtures.profile(.address, orders: Fixtures.earlier(1)),
        ]
        let context = RiskContext(order: order, profiles: profiles, now: Fixtures.t0)
        #expect(
            RiskRules().hourlyVelocity.explain(context)
                == "3 orders from this customer and 4 orders from this card in the last hour (limit 3)")
    }

    @Test("R4: an order already in its profile (a replay) is not counted twice")
    func replayedOrderCountsOnce() {
        var profile = Fixtures.profile(.card, orders: Fixtures.earlier(1))
        profile.recordAuthorisedOrder("o-new", amount: Fixtures.usd(50_00), placedAt: Fixtures.t0)
        let context = RiskContext(order: Fixtures.order(), profiles: [profile], now: Fixtures.t0)
        #expect(RiskRules().hourlyVelocity.explain(context) == nil)
    }

    @Test("R4: an order without IP or card is assessed on its other profiles")
    func missingDimensions() {
        let base = Fixtures.order(ip: nil)
        let order = OrderRiskFacts(
            orderID: base.orderID, merchantID: base.merchantID, email: base.email,
            shippingAddress: base.shippingAddress, amount: base.amount, placedAt: base.placedAt)
        #expect(order.profileKeys.map(\.kind) == [.customer, .address])
        let context = RiskContext(
            order: order, profiles: [Fixtures.profile(.customer, of: order, orders: Fixtures.earlier(2))],
            now: Fixtures.t0)
        #expect(context.profile(.card) == nil)
        #expect(RiskRules().hourlyVelocity.explain(context) == "3 orders from this customer in the last hour (limit 3)")
    }
}
