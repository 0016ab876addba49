import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R8, R10 through the `tracking` stream's handler: a `late_fulfillment` infraction refunds an order that has not
/// shipped (units back, payment back, the open purchase order cancelled, customer and merchant told); once shipped,
/// an infraction is only noted; `late_confirmed_fulfillment` is noted and mailed to the merchant.
@Suite(.timeLimit(.minutes(1)))
struct LateFulfillmentTests {
    @Test("R8: late_fulfillment refunds an unshipped order: order.refunded asks for stock, payment and both mails")
    func lateFulfillmentRefundsAnUnshippedOrder() async throws {
        // Given a dispatched order, in its merchant's Unfulfilled queue
        let harness = try OrdersHarness()
        let id = try await DispatchServiceTests.releasedOrder(harness)
        try harness.deliver(DispatchServiceTests.sent(id, at: ServiceFixtures.t(490)))
        let infraction = TrackingFixtures.infraction(id, .lateFulfillment)

        // When Tracking records the late_fulfillment infraction, twice
        let delivery = try harness.deliver(infraction)
        try harness.redeliver(delivery)

        // Then the order is refunded for late fulfilment, out of the queue, with order.refunded published once
        let detail = try await harness.show(id)
        #expect(detail.status == .refunded)
        #expect(
            detail.timeline.last == TimelineEntry(at: infraction.at, status: .refunded, cause: .lateFulfillment))
        #expect(try harness.count("unfulfilledOrder") == 0)
        #expect(
            try harness.published(OrderRefunded.self) == [
                OrderRefunded(
                    orderID: id, cause: .lateFulfillment, at: infraction.at,
                    followUps: [.returnStock, .voidOrRefundPayment, .notifyCustomer, .notifyMerchant])
            ])
        // And the customer is told of the refund, the merchant of the infraction and its penalty
        let mails = try harness.queuedMails()
        let refund = try #require(mails.first { $0.id == "orders.\(id).refund" })
        #expect(refund.body.contains("did not ship your order \(id) within 5 days"))
        let merchant = try #require(mails.first { $0.id == "orders.\(id).infraction.late-fulfillment" })
        #expect(merchant.header("To") == "Loja Azul <vendas@loja-azul.example>")
        #expect(merchant.body.contains("Infraction: late_fulfillment (inf_\(id)_late_fulfillment)"))
        #expect(merchant.body.contains("Penalty: 50.00 USD") && merchant.body.contains("has been refunded"))
        #expect(mails.filter { $0.id.contains("infraction") }.count == 1)
    }

    @Test("R8: the refund of a dispatch_exhausted order says no purchase order was open, so its units come back")
    func lateFulfillmentOfAnExhaustedOrderHadNoOpenPurchaseOrder() async throws {
        // Given an order every supplier failed
        let harness = try OrdersHarness()
        let id = try await DispatchServiceTests.releasedOrder(harness)
        try harness.deliver(DispatchServiceTests.sent(id, at: ServiceFixtures.t(490)))
        try harness.deliver(DispatchServiceTests.exhausted(id, suppliers: ["sup_sz"], at: ServiceFixtures.t(500)))

        // When Tracking records the late_fulfillment infraction
        let infraction = TrackingFixtures.infraction(id, .lateFulfillment)
        try harness.deliver(infraction)

        // Then order.refunded says so, for Inventory to give the units back at once
        #expect(
            try harness.published(OrderRefunded.self) == [
                OrderRefunded(
                    orderID: id, cause: .lateFulfillment, at: infraction.at,
                    followUps: [.returnStock, .voidOrRefundPayment, .notifyCustomer, .notifyMerchant],
                    hadNoOpenPurchaseOrder: true)
            ])
    }

    @Test("R8: a shipment Dispatch reports after R8's refund is only noted; the order stays refunded")
    func shipmentAfterTheRefundIsNoted() async throws {
        let harness = try OrdersHarness()
        let id = try await DispatchServiceTests.releasedOrder(harness)
        try harness.deliver(TrackingFixtures.infraction(id, .lateFulfillment))
        let published = try harness.published()

        try harness.deliver(TrackingFixtures.shipped(id, at: ServiceFixtures.t(480 + 5 * 1440 + 1)))
        try harness.deliver(
            TrackingFixtures.scanned(id, .exception, scanID: "s1", at: ServiceFixtures.t(480 + 6 * 1440)))

        let detail = try await harness.show(id)
        #expect(detail.status == .refunded)
        #expect(detail.timeline.suffix(2).map(\.cause) == [.supplierShipped, .carrierScanned])
        #expect(detail.timeline.suffix(2).allSatisfy { !$0.isStatusChange })
        #expect(try harness.published() == published)
        #expect(try !harness.queuedMails().contains { $0.id.contains("exception") })
    }

    @Test("R8: once the order shipped, late_fulfillment is only noted on the timeline: no refund, no mail")
    func lateFulfillmentAfterShipmentIsNoted() async throws {
        let harness = try OrdersHarness()
        let id = try await TrackingServiceTests.shippedOrder(harness)
        let mails = try harness.queuedMails().count

        try harness.deliver(TrackingFixtures.infraction(id, .lateFulfillment))

        let detail = try await harness.show(id)
        #expect(detail.status == .shipped)
        #expect(detail.timeline.last?.cause == .lateFulfillment && detail.timeline.last?.isStatusChange == false)
        #expect(detail.timeline.last?.note?.contains("penalty 50.00 USD") == true)
        #expect(try harness.published(OrderRefunded.self).isEmpty)
        #expect(try harness.queuedMails().count == mails)
    }

    @Test("R10: late_confirmed_fulfillment is noted and mailed to the merchant, once")
    func lateConfirmedFulfillmentTellsTheMerchant() async throws {
        let harness = try OrdersHarness()
        let id = try await TrackingServiceTests.shippedOrder(harness)

        let delivery = try harness.deliver(TrackingFixtures.infraction(id, .lateConfirmedFulfillment))
        try harness.redeliver(delivery)

        let detail = try await harness.show(id)
        #expect(detail.status == .shipped)
        #expect(detail.timeline.filter { $0.cause == .lateConfirmedFulfillment }.count == 1)
        let mails = try harness.queuedMails().filter { $0.id.contains("infraction") }
        #expect(mails.map(\.id) == ["orders.\(id).infraction.late-confirmed-fulfillment"])
        #expect(mails.first?.body.contains("had not scanned the parcel of order \(id) within 7 days") == true)
        #expect(mails.first?.body.contains("Penalty: none") == true)
    }
}
