import Contracts
import Foundation
import Inventory
import ServiceKit
import Streams
import TestSupport
import Testing

/// The `orders` stream: `order.placed` confirms, `order.declined` and `order.cancelled` release; redeliveries
/// change nothing; and units are conserved through any mix of placements and outcomes.
struct OrdersStreamTests {
    @Test func orderPlacedConfirmsAndCancelsTheExpiry() async throws {
        // Given a pending reservation
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2)

        // When the order is placed, then the reservation is firm and its expiry timer is gone
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        #expect(try inventory.published(StockConfirmed.self).map(\.orderID) == ["ord_1"])
        #expect(try inventory.pendingTimers().allSatisfy { $0.kind != "reservation.expire" })

        // When the same fact arrives again (a redelivery under a new seq), then nothing changes
        let published = try inventory.publishedTypes()
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 2), correlation: "ord_1")
        #expect(try inventory.publishedTypes() == published)
        #expect(try await inventory.units() == [8, 2, 0])
        #expect(try inventory.deadLetters().isEmpty)
    }

    @Test func orderDeclinedGivesTheStockBackOnceAndLeavesSoldOut() async throws {
        // Given TEE-L sold out to a placed order
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", sku: "TEE-L", quantity: 3)
        try inventory.deliver(InventoryFixture.placed("ord_1", sku: "TEE-L", quantity: 3), correlation: "ord_1")
        #expect(try inventory.published(ListingSoldOut.self).map(\.sku) == ["TEE-L"])

        // When its payment is declined, then the units come back and TEE-L is back in stock
        try inventory.deliver(
            OrderDeclined(orderID: "ord_1", reason: "insufficient_funds", at: InventoryFixture.t0), correlation: "ord_1"
        )
        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.declined])
        #expect(try inventory.published(ListingBackInStock.self).map(\.available) == [3])
        #expect(try await inventory.units("TEE-L") == [3, 0, 0])

        // When the decline is delivered again, then nothing more happens
        let published = try inventory.publishedTypes()
        try inventory.deliver(
            OrderDeclined(orderID: "ord_1", reason: "insufficient_funds", at: InventoryFixture.t0), correlation: "ord_1"
        )
        #expect(try inventory.publishedTypes() == published)
        #expect(try await inventory.units("TEE-L") == [3, 0, 0])
    }

    @Test(arguments: [(TransitionCause.customerCancelled, ReleaseReason.cancelled), (.reviewRejected, .rejected)])
    func orderCancelledReleasesWithItsReason(cause: TransitionCause, reason: ReleaseReason) async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 4)
        try inventory.deliver(InventoryFixture.placed("ord_1", quantity: 4), correlation: "ord_1")

        try inventory.deliver(
            OrderCancelled(orderID: "ord_1", cause: cause, at: InventoryFixture.t0), correlation: "ord_1")
        try inventory.deliver(
            OrderCancelled(orderID: "ord_1", cause: cause, at: InventoryFixture.t0), correlation: "ord_1")

        #expect(try inventory.published(StockReleased.self).map(\.reason) == [reason])
        #expect(try await inventory.units() == [10, 0, 0])
    }

    @Test func aCancellationWithoutReturnStockKeepsTheUnits() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 1)
        try inventory.deliver(
            OrderCancelled(
                orderID: "ord_1", cause: .customerCancelled, at: InventoryFixture.t0, followUps: [.notifyCustomer]),
            correlation: "ord_1")
        #expect(try inventory.published(StockReleased.self).isEmpty)
        #expect(try await inventory.units() == [9, 1, 0])
    }

    @Test func aFactAboutAnOrderWithNoReservationIsDeadLettered() async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()

        #expect(try !inventory.offer(InventoryFixture.placed("ord_ghost"), correlation: "ord_ghost").wasApplied)
        try inventory.deliver(OrderReleased.sample("ord_ghost"), correlation: "ord_ghost")

        // Then the placement is set aside with its reason; order.released needs nothing and is not a fault
        let letters = try inventory.deadLetters()
        #expect(letters.map(\.type) == ["order.placed"])
        #expect(letters.first?.error.contains("ord_ghost") == true)
        #expect(try await inventory.units() == [10, 0, 0])
    }

    /// Units are conserved: for each SKU, initial = available + reserved + sold after any mix of reservations,
    /// retries, refusals, placements, declines, cancellations and expiries.
    @Test(arguments: [1, 2, 3, 4, 5] as [UInt64])
    func stockIsConservedThroughAMixedSequence(seed: UInt64) async throws {
        let inventory = try InventoryHarness()
        try await inventory.load()
        var random = SeededGenerator(seed: seed)
        var orders: [(id: OrderID, sku: String, quantity: Int)] = []
        var seconds = 0
        for step in 0..<60 {
            switch Int.random(in: 0..<6, using: &random) {
            case 0, 1:  // a new reservation (may be refused)
                let order = (
                    id: OrderID(rawValue: "ord_\(seed)_\(step)"),
                    sku: ["TEE-M", "TEE-L"].randomElement(using: &random)!,
                    quantity: Int.random(in: 1...4, using: &random)
                )
                if (try? await inventory.reserve(order.id, sku: order.sku, quantity: order.quantity, ttl: 300)) != nil {
                    orders.append(order)
                }
            case 2:  // a retry of a reservation
                if let order = orders.randomElement(using: &random) {
                    _ = try? await inventory.reserve(order.id, sku: order.sku, quantity: order.quantity, ttl: 300)
                }
            case 3:  // the order is placed
                if let order = orders.randomElement(using: &random) {
                    try inventory.offer(
                        InventoryFixture.placed(order.id, sku: order.sku, quantity: order.quantity),
                        correlation: order.id.rawValue)
                }
            case 4:  // declined or cancelled
                if let order = orders.randomElement(using: &random) {
                    if Bool.random(using: &random) {
                        try inventory.offer(
                            OrderDeclined(orderID: order.id, reason: "declined", at: InventoryFixture.t0),
                            correlation: order.id.rawValue)
                    } else {
                        try inventory.offer(
                            OrderCancelled(orderID: order.id, cause: .customerCancelled, at: InventoryFixture.t0),
                            correlation: order.id.rawValue)
                    }
                }
            default:  // time passes; some reservations expire
                seconds += Int.random(in: 30...200, using: &random)
                try inventory.advance(to: InventoryFixture.t(seconds: seconds))
            }
            #expect(try await inventory.units("TEE-M").reduce(0, +) == 10, "seed \(seed) step \(step)")
            #expect(try await inventory.units("TEE-L").reduce(0, +) == 3, "seed \(seed) step \(step)")
        }
        let released = try inventory.published(StockReleased.self).count
        #expect(!orders.isEmpty && released > 0, "seed \(seed): the sequence reserved and released")
    }
}

extension OrderReleased {
    static func sample(_ orderID: OrderID) -> OrderReleased {
        OrderReleased(
            orderID: orderID, cause: .holdEnded,
            unfulfilled: UnfulfilledOrder(
                orderID: orderID, merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: 1,
                customerName: "Ada Lovelace",
                shippingAddress: Address(
                    name: "Ada Lovelace", line1: "1 Rue", city: "Paris", postalCode: "75001", country: "FR"),
                releasedAt: InventoryFixture.t0),
            at: InventoryFixture.t0)
    }
}
