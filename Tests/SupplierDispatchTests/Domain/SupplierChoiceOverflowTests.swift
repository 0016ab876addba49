import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R6 on costs beyond 64 bits or far apart: the choice never traps.
struct SupplierChoiceOverflowTests {
    @Test("Finding 3: an offer whose landed cost overflows (product and shipping 2^62) is not a candidate")
    func finding3_overflowingOfferIsLeftOut() throws {
        var overflowing = Fixture.offer(Fixture.supplierA, product: 1 << 62)
        overflowing.shippingCost.minorUnits = 1 << 62
        #expect(throws: MoneyError.self) { try overflowing.cost(quantity: 1) }
        let choice = try #require(
            SupplierChoice.choose(
                from: [overflowing, Fixture.offer(Fixture.supplierB)], quantity: 1, excluding: [], stock: [:],
                scorecards: [:]))
        #expect(choice.supplierID == Fixture.supplierB)
        #expect(
            SupplierChoice.choose(from: [overflowing], quantity: 1, excluding: [], stock: [:], scorecards: [:]) == nil)
    }

    @Test("a landed cost about 10^16 times the cheapest one ranks last without trapping on its merit")
    func hugePremiumIsClamped() throws {
        let dear = Fixture.offer(Fixture.supplierA, product: Int64.max / 4)
        let cheap = Fixture.offer(Fixture.supplierB, product: 1)
        let choice = try #require(
            SupplierChoice.choose(from: [dear, cheap], quantity: 2, excluding: [], stock: [:], scorecards: [:]))
        #expect(choice.supplierID == Fixture.supplierB && choice.explanation.hasSuffix("(cheapest)"))
    }
}
