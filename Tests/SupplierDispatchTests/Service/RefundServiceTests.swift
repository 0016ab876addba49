import Contracts
import Foundation
import ServiceKit
import Streams
import TestSupport
import Testing

@testable import SupplierDispatch

/// R8: an order refunded before it shipped (not shipped within 5 days of release) has its open purchase order
/// withdrawn at the supplier, exactly as a merchant's cancellation after release does (R15).
struct RefundServiceTests {
    static func refunded(_ id: OrderID, at time: Date) -> OrderRefunded {
        OrderRefunded(
            orderID: id, cause: .lateFulfillment, at: time,
            followUps: [.returnStock, .voidOrRefundPayment, .notifyCustomer, .notifyMerchant])
    }

    @Test("R8: a late_fulfillment refund during dispatch cancels the purchase order at the supplier, once")
    func refundCancelsTheOpenPurchaseOrder() async throws {
        // Given an order whose purchase order reached its supplier
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")

        // When Orders refunds it for late fulfilment (twice: a redelivery)
        let delivery = try harness.deliver(Self.refunded("ord_1", at: harness.clock.now()), on: StreamNames.orders)
        try harness.redeliver(delivery)

        // Then the supplier is asked to cancel, once, and its confirmation closes the purchase order
        #expect(try harness.published(PurchaseOrderCancelRequested.self).count == 1)
        let withdrawal = try #require(try harness.pendingCalls().only)
        #expect(withdrawal.kind == .cancel)
        try await harness.answerNextCall(outcome: .cancelled)
        #expect(
            try harness.published(PurchaseOrderCancelled.self).map(\.purchaseOrderID) == [
                DispatchServiceFixtures.purchaseOrder("ord_1", 1)
            ])
        #expect(try await harness.show("ord_1").status == "cancelled")
        #expect(try harness.pendingCalls().isEmpty)
    }

    @Test("R8: a refund of a release still waiting for its listing ends it; no purchase order is ever sent")
    func refundOfAParkedRelease() async throws {
        let harness = try DispatchHarness()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        try harness.deliver(DispatchServiceFixtures.released("ord_2"), on: StreamNames.orders)
        try harness.deliver(Self.refunded("ord_2", at: harness.clock.now()), on: StreamNames.orders)

        try harness.loadCatalogue()
        #expect(try harness.pendingCalls().map(\.orderID) == ["ord_1"])
    }
}
