import Contracts
import Foundation
import FraudHold
import Streams
import TestSupport
import Testing

/// R4's amount rules on amounts whose arithmetic overflows 64 bits: the rules never trap, an amount too large to
/// compare counts as a spike, and the orders are released as any others.
struct AmountOverflowTests {
    /// 10^17 minor units of USD: finding 1's listing price.
    static let price: Int64 = 100_000_000_000_000_000

    @Test("Finding 1: fraud-hold given finding 1's orders (10^17, then 10 units of it) assesses and releases both")
    func finding1_fraudHoldSurvivesAmountOverflow() throws {
        // Given a customer's first order, one unit at 10^17 minor units, authorised
        let harness = try FraudHoldHarness()
        try harness.deliver(EventFixtures.placed("o-1", total: Fixtures.usd(Self.price)), on: StreamNames.orders)
        try harness.advance(to: Fixtures.hours(0.1))
        try harness.deliver(
            EventFixtures.authorised("o-1", total: Fixtures.usd(Self.price), at: Fixtures.hours(0.1)),
            on: StreamNames.payments)

        // When the same customer orders ten units, 10^18 minor units, whose ratio to the usual amount overflows
        try harness.deliver(
            EventFixtures.placed("o-2", total: Fixtures.usd(10 * Self.price), at: Fixtures.hours(0.2)),
            on: StreamNames.orders)
        try harness.advance(to: Fixtures.hours(0.3))
        try harness.deliver(
            EventFixtures.authorised("o-2", total: Fixtures.usd(10 * Self.price), at: Fixtures.hours(0.3)),
            on: StreamNames.payments)

        // Then it is assessed: the spike fires (without a ratio it cannot compute), below the review threshold
        let started = try harness.published(FraudHoldStarted.self)
        #expect(started.map(\.orderID) == ["o-1", "o-2"])
        let spike = try #require(started.last?.assessment.reasons.first { $0.ruleID == "amount_spike" })
        #expect(spike.weight == 40)
        #expect(
            spike.explanation
                == "10000000000000000.00 USD is at least 5× this customer's usual 1000000000000000.00 USD "
                + "(limit 5× and at least 100.00 USD)")
        #expect(started.allSatisfy { !$0.assessment.needsReview })
        #expect(try harness.deadLetters().isEmpty)

        // And when the holds are over, both orders are released
        try harness.advance(to: Fixtures.hours(9))
        let ended = try harness.published(FraudHoldEnded.self)
        #expect(ended.map(\.orderID) == ["o-1", "o-2"] && ended.allSatisfy(\.releasesOrder), "\(ended)")
    }

    @Test(
        "R4: an amount the rule cannot compare (the limit overflows) counts as a spike; the ratio is exact otherwise",
        arguments: [
            (Int64.max / 2, Int64.max, "cannot be compared with 5× this customer's usual"),
            (100_000_000_000_000_000, 1_000_000_000_000_000_000, "is at least 5× this customer's usual"),
            (100_00, Int64.max, "is at least 5× this customer's usual"),
            (100_00, 1_000_00, "is 10.0× this customer's usual"),
        ])
    func overflowCountsAsSpike(usual: Int64, amount: Int64, expected: String) {
        let context = AmountRulesTests.context(history: [Fixtures.usd(usual)], amount: Fixtures.usd(amount))
        let explanation = RiskRules().amountSpike.explain(context)
        #expect(explanation?.contains(expected) == true, "\(explanation ?? "nil")")
    }

    @Test("R4: the usual amount of two amounts near Int64.max is their mean, not a trap")
    func medianOfHugeAmounts() {
        let context = AmountRulesTests.context(
            history: [Fixtures.usd(.max), Fixtures.usd(.max - 2)], amount: Fixtures.usd(1))
        let profile = context.profile(.customer)
        #expect(profile?.usualAmount(in: Fixtures.usd, excluding: "o-x") == Fixtures.usd(.max - 1))
    }
}
