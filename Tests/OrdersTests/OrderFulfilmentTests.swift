import Contracts
import Foundation
import Orders
import Testing

/// R6, R7, R15: after release, Dispatch's facts move the order to `dispatched`, `shipped` or `refunded`, and the
/// merchant may cancel until it ships; repeated facts change nothing and facts out of turn throw.
struct OrderFulfilmentTests {
    static let released: [OrderInput] = [.authorise, .holdStart, .holdEnd]
    static let purchaseOrder = DispatchPartitioning.purchaseOrderID(order: "ord_1", attempt: 1)

    @Test("R6, R7: the first purchase order dispatches the order, a backup's changes nothing, shipping ships it")
    func dispatchThenShip() throws {
        var order = try OrderFixture.order(after: Self.released)
        let dispatched = try order.purchaseOrderSent(
            Self.purchaseOrder, attempt: 1, supplierID: "sup_a", at: OrderFixture.t(600))
        #expect(
            dispatched == [
                .dispatched(
                    OrderDispatched(
                        orderID: order.id, supplierID: "sup_a", purchaseOrderID: Self.purchaseOrder,
                        at: OrderFixture.t(600)))
            ])
        let backup = DispatchPartitioning.purchaseOrderID(order: order.id, attempt: 2)
        #expect(try order.purchaseOrderSent(backup, attempt: 2, supplierID: "sup_b", at: OrderFixture.t(700)).isEmpty)

        let shipped = try order.supplierShipped(
            supplierID: "sup_b", carrier: "China Post", trackingNumber: "LZ123456785CN", at: OrderFixture.t(900))
        #expect(shipped.count == 1 && order.status == .shipped)
        #expect(order.timeline.suffix(2).map(\.cause) == [.purchaseOrderSent, .supplierShipped])
        #expect(
            try order.supplierShipped(
                supplierID: "sup_b", carrier: "China Post", trackingNumber: "LZ123456785CN", at: OrderFixture.t(901)
            ).isEmpty)
    }

    @Test("R6: an abandoned dispatch refunds the order and asks for the payment back")
    func abandonedDispatchRefunds() throws {
        var order = try OrderFixture.order(after: Self.released)
        _ = try order.purchaseOrderSent(Self.purchaseOrder, attempt: 1, supplierID: "sup_a", at: OrderFixture.t(600))
        let events = try order.dispatchAbandoned(at: OrderFixture.t(5000))
        #expect(
            events == [.refunded(OrderRefunded(orderID: order.id, cause: .dispatchAbandoned, at: OrderFixture.t(5000)))]
        )
        #expect(order.status == .refunded && !order.status.isUnfulfilled)
        #expect(try order.dispatchAbandoned(at: OrderFixture.t(5001)).isEmpty)
    }

    @Test("R15: the merchant cancels a released or dispatched order; stock, payment and customer follow")
    func merchantCancels() throws {
        for dispatched in [false, true] {
            var order = try OrderFixture.order(after: Self.released)
            if dispatched {
                _ = try order.purchaseOrderSent(
                    Self.purchaseOrder, attempt: 1, supplierID: "sup_a", at: OrderFixture.t(600))
            }
            let cancelled = try #require(try order.cancelByMerchant(at: OrderFixture.t(700)).only?.cancelledEvent)
            #expect(cancelled.cause == .merchantCancelled)
            #expect(cancelled.followUps == [.returnStock, .voidOrRefundPayment, .notifyCustomer])
            #expect(try order.cancelByMerchant(at: OrderFixture.t(701)).isEmpty)
        }
    }

    @Test("R15: the merchant cannot cancel during the hold or after shipping; facts out of turn throw")
    func outOfTurn() throws {
        var held = try OrderFixture.order(after: [.authorise])
        #expect(throws: OrderError.notCancellable(held.id, .held)) { try held.cancelByMerchant(at: OrderFixture.t(5)) }
        #expect(throws: OrderError.invalidTransition(held.id, from: .held, to: .dispatched)) {
            try held.purchaseOrderSent(Self.purchaseOrder, attempt: 1, supplierID: "sup_a", at: OrderFixture.t(5))
        }
        #expect(throws: OrderError.invalidTransition(held.id, from: .held, to: .shipped)) {
            try held.supplierShipped(supplierID: "sup_a", carrier: "UPS", trackingNumber: "1Z", at: OrderFixture.t(5))
        }

        var shipped = try OrderFixture.order(after: Self.released)
        _ = try shipped.supplierShipped(
            supplierID: "sup_a", carrier: "China Post", trackingNumber: "LZ123456785CN", at: OrderFixture.t(900))
        #expect(throws: OrderError.notCancellable(shipped.id, .shipped)) {
            try shipped.cancelByMerchant(at: OrderFixture.t(901))
        }
        #expect(throws: OrderError.invalidTransition(shipped.id, from: .shipped, to: .refunded)) {
            try shipped.dispatchAbandoned(at: OrderFixture.t(902))
        }
    }
}
