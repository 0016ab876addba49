import Contracts
import Foundation
import FraudHold
import PropertyBased
import Streams
import TestSupport
import Testing

/// The events fraud-hold consumes, driven with extreme amounts through its real handlers: an `order.placed` and
/// its `payment.authorised` of any 64-bit total (an orders store from before the bounds, or a corrupt one, could
/// publish it), after an earlier order of the same customer of any total, are assessed and their holds run to
/// their end. Nothing traps and nothing is dead-lettered.
@Suite(.timeLimit(.minutes(5)))
struct AmountPropertyTests {
    static let totals: Generator<Int64, AnySequence<(index: Int, value: Any)>> = Gen.oneOf(
        Gen.element(of: ExtremeValues.around(Int64(100_000_000_000))).map { $0! }, Gen.int64(in: 1...1 << 40),
        Gen.int64())

    @Test("order.placed and payment.authorised of any 64-bit total: assessed, held and released or reviewed")
    func anyTotal() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(count: 100, input: Self.totals, Self.totals) { first, second in
            let harness = try FraudHoldHarness()
            for (index, total) in [first, second].enumerated() {
                let id = OrderID(rawValue: "o-\(index + 1)")
                let placedAt = Fixtures.hours(Double(index) * 0.2)
                try harness.deliver(
                    EventFixtures.placed(id, total: Fixtures.usd(total), at: placedAt), on: StreamNames.orders)
                try harness.advance(to: placedAt.addingTimeInterval(60))
                try harness.deliver(
                    EventFixtures.authorised(id, total: Fixtures.usd(total), at: placedAt.addingTimeInterval(60)),
                    on: StreamNames.payments)
            }
            try harness.advance(to: Fixtures.hours(9))
            #expect(try harness.published(FraudHoldStarted.self).map(\.orderID) == ["o-1", "o-2"])
            let ended = try harness.published(FraudHoldEnded.self)
            #expect(ended.map(\.orderID) == ["o-1", "o-2"])
            let reviewed = Set(try harness.published(FraudReviewOpened.self).map(\.orderID))
            #expect(ended.allSatisfy { $0.releasesOrder != reviewed.contains($0.orderID) })
            #expect(try harness.deadLetters().isEmpty)
        }
    }
}
