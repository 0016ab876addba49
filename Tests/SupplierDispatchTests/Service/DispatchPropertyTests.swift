import Contracts
import Foundation
import PropertyBased
import ServiceKit
import Streams
import TestSupport
import Testing

@testable import SupplierDispatch

/// The events a dispatch partition consumes, driven with extreme values through its real handlers, each on a fresh
/// store: a `listing.upserted` or an `order.released` beyond the bounds is dead-lettered naming each field at
/// fault and leaves nothing behind; within them it is applied and the order gets its purchase order. Nothing traps.
@Suite(.timeLimit(.minutes(5)))
struct DispatchPropertyTests {
    static let maxAmount: Int64 = 100_000_000_000  // 10^9 BRL in centavos

    static let amounts: Generator<Int64, AnySequence<(index: Int, value: Any)>> = Gen.oneOf(
        Gen.element(of: ExtremeValues.around(maxAmount)).map { $0! }, Gen.int64(in: 0...maxAmount), Gen.int64())

    static let quantities: Generator<Int, AnySequence<(index: Int, value: Any)>> = Gen.oneOf(
        Gen.element(of: ExtremeValues.around(1_000)).map { $0! }, Gen.int(in: 1...1_000), Gen.int())

    @Test("listing.upserted with extreme prices, costs and limits: dead-lettered beyond the bounds, else applied")
    func listingUpserted() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(
            count: 100, input: zip(Self.amounts, Self.amounts, Self.amounts), Self.quantities
        ) { amounts, limit in
            var listing = DispatchServiceFixtures.listing()
            listing.variations[0].price.minorUnits = amounts.0
            listing.variations[0].suppliers[0].productCost.minorUnits = amounts.1
            listing.variations[0].suppliers[0].shippingCost.minorUnits = amounts.2
            listing.perOrderLimit = limit
            var expected: [String] = []
            if limit > 1_000 { expected.append("perOrderLimit") }
            if !(0...Self.maxAmount).contains(amounts.0) { expected.append("variations[0].price") }
            if !(0...Self.maxAmount).contains(amounts.1) { expected.append("variations[0].suppliers[0].productCost") }
            if !(0...Self.maxAmount).contains(amounts.2) { expected.append("variations[0].suppliers[0].shippingCost") }

            let harness = try DispatchHarness()
            try harness.deliver(
                MerchantUpserted(merchant: DispatchServiceFixtures.merchant, at: harness.clock.now()),
                on: StreamNames.inventory)
            let delivery = try harness.offer(
                ListingUpserted(listing: listing, at: harness.clock.now()), on: StreamNames.inventory)
            try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
            if expected.isEmpty {
                let calls = try harness.pendingCalls()
                #expect(delivery.wasApplied && calls.map(\.orderID) == ["ord_1"])
            } else {
                let listings = try harness.count("listing")
                #expect(!delivery.wasApplied && listings == 0)
                let error = try #require(try harness.deadLetters().only).error
                for field in expected { #expect(error.contains("\(field): must "), "\(field): \(error)") }
                #expect(try harness.pendingCalls().isEmpty)
            }
        }
    }

    @Test("order.released with extreme quantities and unit prices: dead-lettered beyond the bounds, else dispatched")
    func orderReleased() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(count: 100, input: Self.quantities, Self.amounts) { quantity, price in
            var released = DispatchServiceFixtures.released("ord_1")
            released.unfulfilled.quantity = quantity
            released.unfulfilled.unitPrice = DispatchServiceFixtures.money(price)
            var expected: [String] = []
            if !(1...1_000).contains(quantity) { expected.append("quantity") }
            if !(0...Self.maxAmount).contains(price) { expected.append("unitPrice") }

            let harness = try DispatchHarness()
            try harness.loadCatalogue()
            let delivery = try harness.offer(released, on: StreamNames.orders)
            if expected.isEmpty {
                #expect(delivery.wasApplied)
                let call = try #require(try harness.pendingCalls().only)
                #expect(try harness.request(of: call).quantity == quantity)
            } else {
                let calls = try harness.pendingCalls()
                #expect(!delivery.wasApplied && calls.isEmpty)
                let error = try #require(try harness.deadLetters().only).error
                #expect(error.hasPrefix("Order ord_1 is beyond the bounds dispatch computes with"))
                for field in expected { #expect(error.contains("\(field): must "), "\(field): \(error)") }
            }
        }
    }
}
