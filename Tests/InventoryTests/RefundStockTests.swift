import Contracts
import Foundation
import Inventory
import ServiceKit
import Streams
import TestSupport
import Testing

/// R2, R6, R8: `order.refunded` gives the stock back (Inventory used to ignore it, so a refunded order kept its
/// units reserved for good). Units still reserved come back at the refund; units a purchase order took come back
/// once no purchase order claims them: at once after an abandoned dispatch (every purchase order failed), at the
/// supplier's confirmed cancellation for R8's refund and a merchant's cancellation (R15).
struct RefundStockTests {
    static let partition = "dispatch.p0"

    /// A harness that follows one dispatch partition, with `ord_1` placed for 2 units of TEE-M.
    static func placedOrder() async throws -> InventoryHarness {
        let inventory = try InventoryHarness(dispatchPartitions: [partition])
        try await inventory.load()
        _ = try await inventory.reserve("ord_1", quantity: 2)
        try inventory.deliver(
            InventoryFixture.placed("ord_1", quantity: 2), on: StreamNames.orders, correlation: "ord_1")
        return inventory
    }

    static func refunded(_ cause: TransitionCause) -> OrderRefunded {
        cause == .lateFulfillment
            ? OrderRefunded(
                orderID: "ord_1", cause: cause, at: InventoryFixture.t0,
                followUps: [.returnStock, .voidOrRefundPayment, .notifyCustomer, .notifyMerchant])
            : OrderRefunded(orderID: "ord_1", cause: cause, at: InventoryFixture.t0)
    }

    static func sent() -> PurchaseOrderSent {
        PurchaseOrderSent(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: "ord_1", attempt: 1), orderID: "ord_1",
            merchantID: "mer_1", listingID: "lst_1", supplierID: "sup_a", attempt: 1, sku: "TEE-M", quantity: 2,
            cost: InventoryFixture.price, choice: "first choice", releasedAt: InventoryFixture.t0, isLate: false,
            acknowledgeBy: InventoryFixture.t(1440), shipBy: InventoryFixture.t(2880), at: InventoryFixture.t(1))
    }

    static func cancelled() -> PurchaseOrderCancelled {
        PurchaseOrderCancelled(
            purchaseOrderID: DispatchPartitioning.purchaseOrderID(order: "ord_1", attempt: 1), orderID: "ord_1",
            supplierID: "sup_a", at: InventoryFixture.t(2))
    }

    @Test(
        "R2, R8: order.refunded gives reserved units back, once",
        arguments: [
            TransitionCause.lateFulfillment, .dispatchAbandoned,
        ])
    func refundReleasesTheReservation(cause: TransitionCause) async throws {
        let inventory = try await Self.placedOrder()

        try inventory.deliver(Self.refunded(cause), on: StreamNames.orders, correlation: "ord_1")
        try inventory.deliver(Self.refunded(cause), on: StreamNames.orders, correlation: "ord_1")

        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.refunded])
        #expect(try await inventory.units() == [10, 0, 0])
        #expect(try inventory.deadLetters().isEmpty)
    }

    @Test("R6: after an abandoned dispatch, units sold to the failed purchase orders come back at the refund")
    func abandonedDispatchGivesSoldUnitsBack() async throws {
        let inventory = try await Self.placedOrder()
        try inventory.deliver(Self.sent(), on: Self.partition, correlation: "ord_1")
        #expect(try await inventory.units() == [8, 0, 2])

        try inventory.deliver(Self.refunded(.dispatchAbandoned), on: StreamNames.orders, correlation: "ord_1")

        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.refunded])
        #expect(try await inventory.units() == [10, 0, 0])
    }

    @Test("R8: after the refund of an exhausted order (no purchase order open), its sold units come back at once")
    func refundOfAnExhaustedOrderGivesSoldUnitsBack() async throws {
        let inventory = try await Self.placedOrder()
        try inventory.deliver(Self.sent(), on: Self.partition, correlation: "ord_1")
        var refunded = Self.refunded(.lateFulfillment)
        refunded.hadNoOpenPurchaseOrder = true

        try inventory.deliver(refunded, on: StreamNames.orders, correlation: "ord_1")

        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.refunded])
        #expect(try await inventory.units() == [10, 0, 0])
    }

    @Test(
        "R8, R15: units sold to an open purchase order come back when the supplier confirms its cancellation",
        arguments: [TransitionCause.lateFulfillment, .merchantCancelled])
    func soldUnitsComeBackWithTheConfirmedCancellation(cause: TransitionCause) async throws {
        // Given an order whose purchase order took its units
        let inventory = try await Self.placedOrder()
        try inventory.deliver(Self.sent(), on: Self.partition, correlation: "ord_1")

        // When it is refunded (R8) or cancelled by the merchant (R15), then the units stay sold meanwhile: the
        // supplier may still ship them
        if cause == .merchantCancelled {
            try inventory.deliver(
                OrderCancelled(orderID: "ord_1", cause: cause, at: InventoryFixture.t0), on: StreamNames.orders,
                correlation: "ord_1")
        } else {
            try inventory.deliver(Self.refunded(cause), on: StreamNames.orders, correlation: "ord_1")
        }
        #expect(try await inventory.units() == [8, 0, 2])
        #expect(try inventory.published(StockReleased.self).isEmpty)

        // When the supplier confirms the cancellation (twice: a redelivery), then they come back, once
        try inventory.deliver(Self.cancelled(), on: Self.partition, correlation: "ord_1")
        try inventory.deliver(Self.cancelled(), on: Self.partition, correlation: "ord_1")
        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.purchaseOrderCancelled])
        #expect(try await inventory.units() == [10, 0, 0])
        #expect(try inventory.deadLetters().isEmpty)
    }

    @Test("R8: a refund that overtakes the purchase order's sale releases the units; the sale then changes nothing")
    func refundBeforeTheSale() async throws {
        let inventory = try await Self.placedOrder()
        try inventory.deliver(Self.refunded(.lateFulfillment), on: StreamNames.orders, correlation: "ord_1")
        try inventory.deliver(Self.sent(), on: Self.partition, correlation: "ord_1")
        try inventory.deliver(Self.cancelled(), on: Self.partition, correlation: "ord_1")
        #expect(try inventory.published(StockReleased.self).map(\.reason) == [.refunded])
        #expect(try await inventory.units() == [10, 0, 0])
    }

    @Test("A refund without the return-stock follow-up (an event from before the fix) keeps the units")
    func refundWithoutReturnStock() async throws {
        let inventory = try await Self.placedOrder()
        try inventory.deliver(
            OrderRefunded(
                orderID: "ord_1", cause: .dispatchAbandoned, at: InventoryFixture.t0,
                followUps: [.voidOrRefundPayment, .notifyCustomer]), on: StreamNames.orders, correlation: "ord_1")
        #expect(try await inventory.units() == [8, 2, 0])
    }
}
