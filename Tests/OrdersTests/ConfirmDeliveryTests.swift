import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R11 through `orders.confirm_delivery`: the customer confirms receipt of a shipped order once; before shipment
/// or after a refund it is a conflict on `orderID`.
@Suite(.timeLimit(.minutes(1)))
struct ConfirmDeliveryTests {
    static func confirm(_ harness: OrdersHarness, _ id: OrderID) async throws -> OrderSummary {
        try await harness.call("orders.confirm_delivery", OrderReference(orderID: id), as: OrderSummary.self)
    }

    @Test("R11: the customer's confirmation delivers a shipped order, publishes once, and answers the same again")
    func confirmationDeliversOnce() async throws {
        // Given a shipped order
        let harness = try OrdersHarness()
        let id = try await TrackingServiceTests.shippedOrder(harness)
        try harness.advance(to: ServiceFixtures.t(20_000))

        // When the customer confirms delivery, twice
        let first = try await Self.confirm(harness, id)
        let published = try harness.published()
        let second = try await Self.confirm(harness, id)

        // Then the order is delivered with the customer's evidence; order.delivery_confirmed and order.delivered
        // are published once, and the second call answers the same and publishes nothing
        #expect(first.status == .delivered && second == first)
        #expect(try harness.published() == published)
        #expect(try harness.publishedTypes(of: id).suffix(2) == ["order.delivery_confirmed", "order.delivered"])
        #expect(
            try harness.published(OrderDeliveryConfirmed.self) == [
                OrderDeliveryConfirmed(orderID: id, at: ServiceFixtures.t(20_000))
            ])
        #expect(try harness.published(OrderDelivered.self).map(\.evidence) == [.customer])
        let detail = try await harness.show(id)
        #expect(
            detail.timeline.last?.cause == .customerConfirmedDelivery && detail.timeline.last?.isStatusChange == true)
        // And the customer, who said so, is not mailed "delivered"
        #expect(try !harness.queuedMails().contains { $0.id.hasSuffix(".delivered") })

        // When Tracking relays the customer's confirmation, then nothing changes
        try harness.deliver(TrackingFixtures.delivered(id, evidence: .customer, at: ServiceFixtures.t(20_000)))
        #expect(try harness.published() == published)
    }

    @Test("R11, R12: after the carrier's delivery, the customer's confirmation is still published, once")
    func confirmationAfterTheCarrierDelivered() async throws {
        let harness = try OrdersHarness()
        let id = try await TrackingServiceTests.shippedOrder(harness)
        try harness.deliver(TrackingFixtures.delivered(id, at: ServiceFixtures.t(15_000)))
        try harness.advance(to: ServiceFixtures.t(16_000))

        #expect(try await Self.confirm(harness, id).status == .delivered)
        #expect(try await Self.confirm(harness, id).status == .delivered)

        #expect(try harness.published(OrderDeliveryConfirmed.self).map(\.at) == [ServiceFixtures.t(16_000)])
        #expect(try harness.published(OrderDelivered.self).map(\.evidence) == [.carrier])
        let timeline = try await harness.show(id).timeline
        #expect(timeline.last?.cause == .customerConfirmedDelivery && timeline.last?.isStatusChange == false)
    }

    @Test("R11: before shipment, after a refund or for an unknown order, the confirmation is refused on orderID")
    func refusals() async throws {
        let harness = try OrdersHarness()
        let id = try await DispatchServiceTests.releasedOrder(harness)

        let early = try await harness.refusal("orders.confirm_delivery", OrderReference(orderID: id))
        #expect(early.code == "conflict" && early.field == "orderID")
        #expect(early.message == OrderError.notDeliverable(id, .released).description)

        try harness.deliver(TrackingFixtures.infraction(id, .lateFulfillment))
        let refunded = try await harness.refusal("orders.confirm_delivery", OrderReference(orderID: id))
        #expect(refunded.code == "conflict" && refunded.message.contains("is refunded"))

        let unknown = try await harness.refusal("orders.confirm_delivery", OrderReference(orderID: "ord_nope"))
        #expect(unknown.code == "not_found" && unknown.field == "orderID")
        let empty = try await harness.refusal("orders.confirm_delivery", OrderReference(orderID: ""))
        #expect(empty.code == "invalid_request" && empty.field == "orderID")
        #expect(try harness.published(OrderDeliveryConfirmed.self).isEmpty)
    }
}
