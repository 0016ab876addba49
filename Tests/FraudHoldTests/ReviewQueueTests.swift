import Contracts
import Foundation
import FraudHold
import Testing

/// R4: reviewers see open cases oldest first with their reasons; merchants see their own.
struct ReviewQueueTests {
    /// A hold for `order` of `merchant`, placed at `t0`.
    static func hold(_ order: OrderID, merchant: MerchantID) -> FraudHold {
        FraudHold.start(
            orderID: order, merchantID: merchant, placedAt: Fixtures.t0,
            assessment: RiskAssessment(orderID: order, reasons: [], reviewThreshold: 50), at: Fixtures.t0
        ).hold
    }

    @Test("R4: open cases are ordered by opened-at; decided and unreviewed holds are left out")
    func ordering() throws {
        var late = Self.hold("o-late", merchant: "m-1")
        _ = try late.open(reasons: [Fixtures.reason()], at: Fixtures.hours(3))
        var early = Self.hold("o-early", merchant: "m-2")
        _ = try early.open(reasons: [Fixtures.reason("disposable_email", weight: 25)], at: Fixtures.hours(1))
        var approved = Self.hold("o-approved", merchant: "m-1")
        _ = try approved.open(reasons: [Fixtures.reason()], at: Fixtures.hours(0.5))
        _ = try approved.approve(by: "rita", at: Fixtures.hours(2))
        var reopened = Self.hold("o-reopened", merchant: "m-1")
        _ = try reopened.open(reasons: [Fixtures.reason()], at: Fixtures.hours(0.5))
        _ = try reopened.approve(by: "rita", at: Fixtures.hours(1))
        _ = try reopened.reopen(reasons: [Fixtures.reason("manual", weight: 0)], at: Fixtures.hours(2))

        let queue = ReviewQueue([late, approved, Self.hold("o-clean", merchant: "m-1"), reopened, early])

        #expect(queue.entries.map(\.orderID) == ["o-early", "o-reopened", "o-late"])
        #expect(queue.entries.map(\.round) == [1, 2, 1])
        #expect(queue.entries[0].reasons.map(\.ruleID) == ["disposable_email"])
        #expect(queue.entries[0].holdEnds == Fixtures.hours(8))
        #expect(queue.entries(forMerchant: "m-1").map(\.orderID) == ["o-reopened", "o-late"])
        #expect(queue.entries(forMerchant: "m-9").isEmpty)
    }

    @Test("R4: cases opened at the same time are ordered by order id")
    func ties() throws {
        var holds = ["o-b", "o-a"].map { Self.hold($0, merchant: "m-1") }
        for index in holds.indices {
            _ = try holds[index].open(reasons: [Fixtures.reason()], at: Fixtures.hours(1))
        }
        #expect(ReviewQueue(holds).entries.map(\.orderID) == ["o-a", "o-b"])
    }
}
