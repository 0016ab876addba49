import Contracts
import Foundation
import Testing
import Tracking

/// R8, R10, R12 as pure rules: a deadline of N calendar days from release ends at release + N × 24 h, and that
/// instant itself is late.
struct DeadlineEdgeTests {
    static let order = TrackedOrder(Fixtures.released())!
    static let penalty = Money(minorUnits: 50_00, currency: Fixtures.usd)

    @Test("R8: shipped 4d 23h 59m after release is on time; shipped at exactly 5 days is late")
    func fulfilmentEdge() {
        let rule = DeadlineRule(days: 5)
        #expect(rule.isMet(at: Fixtures.at(days: 4, hours: 23, minutes: 59), releasedAt: Fixtures.t0))
        #expect(!rule.isMet(at: Fixtures.at(days: 5), releasedAt: Fixtures.t0))
        #expect(rule.due(releasedAt: Fixtures.t0) == Fixtures.at(days: 5))
    }

    @Test("R10: a first scan at 6d 23h 59m is within the deadline; one at exactly 7 days is not")
    func confirmationEdge() {
        let rule = DeadlineRule(days: 7)
        #expect(rule.isMet(at: Fixtures.at(days: 6, hours: 23, minutes: 59), releasedAt: Fixtures.t0))
        #expect(!rule.isMet(at: Fixtures.at(days: 7), releasedAt: Fixtures.t0))
    }

    @Test("R12: a first scan on day 30 (before 30 × 24 h) keeps eligibility; on day 31 (from 30 × 24 h) it is lost")
    func eligibilityEdge() {
        let rule = DeadlineRule.eligibilityWindow
        #expect(rule.days == 30)
        #expect(rule.isMet(at: Fixtures.at(days: 29, hours: 23, minutes: 59), releasedAt: Fixtures.t0))
        #expect(!rule.isMet(at: Fixtures.at(days: 30), releasedAt: Fixtures.t0))
        #expect(!rule.isMet(at: Fixtures.at(days: 30, hours: 12), releasedAt: Fixtures.t0))
    }

    @Test("R8: the deadline's infraction carries the penalty, its id and the deadline; none when shipped in time")
    func fulfilmentInfraction() throws {
        let now = Fixtures.at(days: 5)
        let late = try #require(
            Self.order.infraction(missing: .fulfilment, days: 5, metAt: nil, penalty: Self.penalty, at: now))
        #expect(late.infractionID == "inf_o-1_late_fulfillment")
        #expect(late.kind == .lateFulfillment && late.penalty == Self.penalty)
        #expect(late.deadline == now && late.releasedAt == Fixtures.t0 && late.merchantID == "m-1")
        let onTime = Fixtures.at(days: 4, hours: 23, minutes: 59)
        #expect(
            Self.order.infraction(missing: .fulfilment, days: 5, metAt: onTime, penalty: Self.penalty, at: now) == nil)
        let atDeadline = Self.order.infraction(
            missing: .fulfilment, days: 5, metAt: Fixtures.at(days: 5), penalty: Self.penalty, at: now)
        #expect(atDeadline?.kind == .lateFulfillment)
    }

    @Test("R10: late_confirmed_fulfillment has no penalty; an order ended before the deadline records nothing")
    func confirmationInfractionAndEndedOrder() {
        let now = Fixtures.at(days: 7)
        let late = Self.order.infraction(missing: .confirmation, days: 7, metAt: nil, penalty: Self.penalty, at: now)
        #expect(late?.kind == .lateConfirmedFulfillment && late?.penalty == nil)
        #expect(late?.infractionID == "inf_o-1_late_confirmed_fulfillment")
        var ended = Self.order
        ended.endedAt = Fixtures.at(days: 2)
        #expect(ended.infraction(missing: .confirmation, days: 7, metAt: nil, penalty: nil, at: now) == nil)
    }

    @Test("R8: the order value is unit price × quantity, the destination the shipping address's country")
    func trackedOrderFacts() {
        #expect(Self.order.orderValue == Money(minorUnits: 25_00, currency: Fixtures.usd))
        #expect(Self.order.destination == Fixtures.us)
        #expect(Self.order.releasedAt == Fixtures.t0)
    }

    @Test("Timer ids name their deadline and order, and parse back")
    func timerIDs() throws {
        #expect(OrderDeadline.fulfilment.timerID("o-1") == "fulfilment-deadline:o-1")
        #expect(OrderDeadline.confirmation.timerID("o-1") == "confirmation-deadline:o-1")
        let (deadline, order) = try #require(OrderDeadline.parse(timerID: "confirmation-deadline:o:2"))
        #expect(deadline == .confirmation && order == "o:2")
        #expect(OrderDeadline.parse(timerID: "stall:o-1") == nil)
    }
}
