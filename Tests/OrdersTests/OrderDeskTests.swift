import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R4, R5, R15: cancellation by the customer, and the reads of orders and queues.
@Suite(.timeLimit(.minutes(1)))
struct OrderDeskTests {
    @Test("R4, R15: the customer cancels during the hold; order.cancelled and one notice, then nothing more")
    func cancelDuringHold() async throws {
        // Given a held order
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        try harness.advance(to: ServiceFixtures.t(90))

        // When the customer cancels, twice
        let cancelled = try await harness.call("orders.cancel", OrderReference(orderID: id), as: OrderSummary.self)
        let again = try await harness.call("orders.cancel", OrderReference(orderID: id), as: OrderSummary.self)

        // Then it is cancelled at the domain time, once, and the customer is told once
        #expect(cancelled.status == .cancelled && again == cancelled)
        let timeline = try await harness.show(id).timeline
        #expect(
            timeline.last == TimelineEntry(at: ServiceFixtures.t(90), status: .cancelled, cause: .customerCancelled))
        #expect(try harness.publishedTypes(of: id) == ["order.placed", "order.held", "order.cancelled"])
        let notices = try harness.queuedMails().filter { $0.id == "orders.\(id).cancellation" }
        #expect(notices.count == 1 && notices[0].body.contains("As you asked, we have cancelled your order"))

        // And the hold's end and a late authorisation release nothing
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        #expect(try await harness.show(id).status == .cancelled)
        #expect(try harness.count("unfulfilledOrder") == 0)
    }

    @Test("R15: after release, cancel is a conflict with the domain's sentence; an unknown order is not_found")
    func cancelAfterReleaseOrUnknown() async throws {
        // Given a released order
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        let published = try harness.published().count

        // When the customer cancels, then it is refused and nothing changes
        let conflict = try await harness.refusal("orders.cancel", OrderReference(orderID: id))
        #expect(conflict.code == "conflict" && conflict.field == "orderID")
        #expect(conflict.message == "Order \(id) is released; it can no longer be cancelled.")
        #expect(try harness.published().count == published)
        #expect(try await harness.show(id).status == .released)

        // And unknown or empty ids are refused on orderID
        for method in ["orders.cancel", "orders.show"] {
            let unknown = try await harness.refusal(method, OrderReference(orderID: "ord_NOPE"))
            #expect(unknown.code == "not_found" && unknown.field == "orderID")
            let empty = try await harness.refusal(method, OrderReference(orderID: ""))
            #expect(empty.code == "invalid_request" && empty.field == "orderID")
        }
    }

    @Test("R5: show gives the release conditions; list filters by merchant and status, latest first")
    func showAndList() async throws {
        // Given three orders a minute apart, the second authorised
        let harness = try OrdersHarness()
        var ids: [OrderID] = []
        for minute in 0..<3 {
            try harness.advance(to: ServiceFixtures.t(minute))
            ids.append(try await harness.place().orderID)
        }
        try harness.deliver(ServiceFixtures.holdStarted(ids[1], at: ServiceFixtures.t(3)))
        try harness.deliver(ServiceFixtures.authorised(ids[1], at: ServiceFixtures.t(3)))

        // When the second is shown, then its conditions say what R5 still waits for
        let detail = try await harness.show(ids[1])
        #expect(detail.status == .held && detail.unmetConditions == [.holdOver])
        #expect(detail.releaseConditions.paymentAuthorised && detail.cancelUntil == ServiceFixtures.t(480))

        // When the orders are listed, then the latest come first, filtered and limited as asked
        let all = try await harness.call("orders.list", OrderListRequest(), as: OrderList.self)
        #expect(all.orders.map(\.orderID) == ids.reversed())
        let held = try await harness.call("orders.list", OrderListRequest(status: "held"), as: OrderList.self)
        #expect(held.orders.map(\.orderID) == [ids[1]])
        let mine = try await harness.call(
            "orders.list", OrderListRequest(merchantID: ServiceFixtures.merchantID, limit: 2), as: OrderList.self)
        #expect(mine.orders.map(\.orderID) == [ids[2], ids[1]])
        let other = try await harness.call("orders.list", OrderListRequest(merchantID: "mer_other"), as: OrderList.self)
        #expect(other.orders.isEmpty)
    }

    @Test(
        "orders.list refuses a bad status, limit or cursor, naming the field",
        arguments: [
            (OrderListRequest(status: "shipped_yesterday"), "status"), (OrderListRequest(limit: 0), "limit"),
            (OrderListRequest(limit: 501), "limit"), (OrderListRequest(after: "not a cursor"), "after"),
            (OrderListRequest(after: "bm8tY29sb24"), "after"),
        ])
    func listRefusals(_ request: OrderListRequest, field: String) async throws {
        let harness = try OrdersHarness(catalogue: false)
        let refusal = try await harness.refusal("orders.list", request)
        #expect(refusal.code == "invalid_request" && refusal.field == field)
    }

    @Test("R5: the Unfulfilled Orders queue is the merchant's released orders, oldest first, paged with its total")
    func unfulfilledQueueOldestFirst() async throws {
        // Given two orders released in the reverse order of placement, and one still held
        let harness = try OrdersHarness()
        let first = try await harness.place().orderID
        let second = try await harness.place().orderID
        let third = try await harness.place().orderID
        for id in [first, second, third] {
            try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        }
        try harness.deliver(ServiceFixtures.holdEnded(second, at: ServiceFixtures.t(480)))
        try harness.deliver(ServiceFixtures.holdEnded(first, at: ServiceFixtures.t(481)))

        // When the merchant reads its queue, then the oldest release comes first
        let queue = try await harness.call(
            "orders.unfulfilled", UnfulfilledRequest(merchantID: ServiceFixtures.merchantID),
            as: UnfulfilledQueueView.self)
        #expect(queue.orders.map(\.orderID) == [second, first])
        #expect(queue.total == 2)
        let page = try await harness.call(
            "orders.unfulfilled", UnfulfilledRequest(merchantID: ServiceFixtures.merchantID, limit: 1),
            as: UnfulfilledQueueView.self)
        #expect(page.orders.map(\.orderID) == [second] && page.total == 2)
        for limit in [0, 501] {
            let refusal = try await harness.refusal(
                "orders.unfulfilled", UnfulfilledRequest(merchantID: ServiceFixtures.merchantID, limit: limit))
            #expect(refusal.field == "limit")
        }
        let empty = try await harness.call(
            "orders.unfulfilled", UnfulfilledRequest(merchantID: "mer_other"), as: UnfulfilledQueueView.self)
        #expect(empty.orders.isEmpty && empty.total == 0)
        let refusal = try await harness.refusal("orders.unfulfilled", UnfulfilledRequest(merchantID: ""))
        #expect(refusal.field == "merchantID")
    }
}
