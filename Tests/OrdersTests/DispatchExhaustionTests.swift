import Contracts
import Foundation
import Orders
import Testing

/// R6: when Dispatch reports that every supplier failed, the order is `dispatch_exhausted`: still in the merchant's
/// Unfulfilled Orders queue, told to the merchant once per exhaustion (`order.dispatch_exhausted`), and left by a
/// retry's purchase order (`dispatched`), the refund (`refunded`), a shipment or the merchant's cancellation.
struct DispatchExhaustionTests {
    static let released: [OrderInput] = [.authorise, .holdStart, .holdEnd]

    /// A released order after Dispatch's `inputs`, applied one minute apart from minute 600.
    static func order(after inputs: [DispatchInput]) throws -> Order {
        var order = try OrderFixture.order(after: released)
        for (index, input) in inputs.enumerated() {
            _ = try input.apply(to: &order, at: OrderFixture.t(600 + index))
        }
        return order
    }

    @Test("R6: the exhaustion moves a dispatched order to dispatch_exhausted, told once; a redelivery is a no-op")
    func exhaustionHasItsOwnStatus() throws {
        // Given a dispatched order whose backups were tried too
        var order = try Self.order(after: [.sent(attempt: 1), .sent(attempt: 2), .sent(attempt: 3)])
        let timeline = order.timeline

        // When every supplier failed
        let events = try order.dispatchExhausted(
            attempts: DispatchInput.attempts(3), refundAt: DispatchInput.refundAt, at: OrderFixture.t(700))

        // Then the fact names the order, its merchant, the attempts and the refund time, and the order waits
        let exhausted = try #require(events.only?.dispatchExhaustedEvent)
        #expect(
            exhausted
                == OrderDispatchExhausted(
                    orderID: "ord_1", merchantID: "mer_1", attempts: DispatchInput.attempts(3),
                    refundAt: DispatchInput.refundAt, at: OrderFixture.t(700)))
        #expect(exhausted.followUps == [.notifyMerchant] && events.map(\.eventType) == ["order.dispatch_exhausted"])
        #expect(order.status == .dispatchExhausted && order.status.isUnfulfilled && order.exhaustedAttempts == 3)
        #expect(
            order.timeline == timeline + [
                TimelineEntry(at: OrderFixture.t(700), status: .dispatchExhausted, cause: .dispatchExhausted)
            ])
        #expect(order.cancelUntil == nil)

        // And the same report again, an older one with fewer attempts, or a failed purchase order's `sent` again
        // changes nothing
        let once = order
        for input: DispatchInput in [
            .exhausted(failures: 3), .exhausted(failures: 2), .sent(attempt: 1), .sent(attempt: 3),
        ] {
            #expect(try input.apply(to: &order, at: OrderFixture.t(701)).isEmpty, "\(input)")
        }
        #expect(order == once)

        // When a longer list comes while it waits, then it is told again with no status change
        let again = try order.dispatchExhausted(
            attempts: DispatchInput.attempts(4), refundAt: OrderFixture.t(9000), at: OrderFixture.t(800))
        #expect(again.only?.dispatchExhaustedEvent?.attempts.count == 4 && order.exhaustedAttempts == 4)
        #expect(order.status == .dispatchExhausted && order.timeline.count == once.timeline.count)
    }

    @Test("R6: a released order that no purchase order left is exhausted too, and a retry's dispatches it")
    func exhaustionBeforeAnyPurchaseOrder() throws {
        // Given a released order, when Dispatch finds no supplier with stock at all
        var order = try Self.order(after: [])
        let told = try order.dispatchExhausted(
            attempts: [], refundAt: DispatchInput.refundAt, at: OrderFixture.t(600))

        // Then it is exhausted with no attempts, and the merchant is told
        #expect(told.only?.dispatchExhaustedEvent?.attempts == [] && order.status == .dispatchExhausted)
        #expect(
            try order.dispatchExhausted(attempts: [], refundAt: DispatchInput.refundAt, at: OrderFixture.t(601)).isEmpty
        )

        // When a retry's first purchase order reaches a supplier, then the order is dispatched
        let dispatched = try DispatchInput.sent(attempt: 1).apply(to: &order, at: OrderFixture.t(700))
        #expect(dispatched.only?.dispatchedEvent?.purchaseOrderID == "po_ord_1_1" && order.status == .dispatched)
    }

    @Test("R6: a retry that finds a supplier dispatches the order again; its failure exhausts it again")
    func retryLeavesExhaustion() throws {
        // Given an order exhausted after its first purchase order failed
        var order = try Self.order(after: [.sent(attempt: 1), .exhausted(failures: 1)])
        #expect(order.status == .dispatchExhausted)

        // When `dispatch retry` finds a supplier and its purchase order reaches it
        let retried = DispatchPartitioning.purchaseOrderID(order: order.id, attempt: 2)
        let events = try order.purchaseOrderSent(retried, attempt: 2, supplierID: "sup_2", at: OrderFixture.t(900))

        // Then the order is dispatched again, with its own `order.dispatched`
        #expect(
            events == [
                .dispatched(
                    OrderDispatched(
                        orderID: order.id, supplierID: "sup_2", purchaseOrderID: retried, at: OrderFixture.t(900)))
            ])
        #expect(order.status == .dispatched && order.timeline.last?.cause == .purchaseOrderSent)
        #expect(order.timeline.map(\.status).suffix(3) == [.dispatched, .dispatchExhausted, .dispatched])

        // And the first exhaustion again changes nothing; the retry's failure exhausts the order again
        #expect(try DispatchInput.exhausted(failures: 1).apply(to: &order, at: OrderFixture.t(901)).isEmpty)
        let second = try DispatchInput.exhausted(failures: 2).apply(to: &order, at: OrderFixture.t(1000))
        #expect(second.only?.dispatchExhaustedEvent?.attempts.count == 2 && order.status == .dispatchExhausted)
    }

    @Test(
        "R6, R15: an exhausted order is left by the refund, a shipment or the merchant's cancellation",
        arguments: [
            (DispatchInput.abandoned, OrderStatus.refunded, "order.refunded", TransitionCause.dispatchAbandoned),
            (.shipped, .shipped, "order.shipped", .supplierShipped),
            (.merchantCancels, .cancelled, "order.cancelled", .merchantCancelled),
        ])
    func exitsFromExhaustion(_ input: DispatchInput, _ status: OrderStatus, _ type: String, _ cause: TransitionCause)
        throws
    {
        var order = try Self.order(after: [.sent(attempt: 1), .exhausted(failures: 1)])
        let events = try input.apply(to: &order, at: OrderFixture.t(800))
        #expect(events.map(\.eventType) == [type] && order.status == status && !order.status.isUnfulfilled)
        #expect(order.timeline.last == TimelineEntry(at: OrderFixture.t(800), status: status, cause: cause))
        #expect(try input.apply(to: &order, at: OrderFixture.t(801)).isEmpty)
    }

    @Test("R15: the customer cannot cancel an exhausted order; an exhaustion before release throws")
    func outOfTurn() throws {
        var order = try Self.order(after: [.sent(attempt: 1), .exhausted(failures: 1)])
        #expect(throws: OrderError.notCancellable("ord_1", .dispatchExhausted)) {
            try order.cancelByCustomer(at: OrderFixture.t(800))
        }
        for before: [OrderInput] in [[], [.authorise], [.reviewOpen], [.decline]] {
            var early = try OrderFixture.order(after: before)
            let status = early.status
            #expect(throws: OrderError.neverReleased("ord_1", status)) {
                try early.dispatchExhausted(
                    attempts: DispatchInput.attempts(3), refundAt: DispatchInput.refundAt, at: OrderFixture.t(600))
            }
        }
        #expect(
            OrderError.neverReleased("ord_1", .held).description
                == "Order ord_1 is held; it was never released, so no supplier was asked to ship it.")
    }
}
