import Contracts
import Foundation
import Orders
import ServiceKit
import Streams
import TestSupport
import Testing

/// R10, R11 through the `tracking` stream's handler: the first scan confirms the order fulfilled, every scan is on
/// the timeline, a delivery delivers it, a stalled parcel is told to the merchant, and the customer hears of each
/// step that matters, once.
@Suite(.timeLimit(.minutes(1)))
struct TrackingServiceTests {
    /// An order released at minute 480, dispatched at 490 and shipped at 900.
    static func shippedOrder(_ harness: OrdersHarness) async throws -> OrderID {
        let id = try await DispatchServiceTests.releasedOrder(harness)
        try harness.deliver(DispatchServiceTests.sent(id, at: ServiceFixtures.t(490)))
        try harness.deliver(TrackingFixtures.shipped(id))
        return id
    }

    @Test("R10: the first scan confirms the order fulfilled with its window, and the customer gets 'confirmed shipped'")
    func firstScanConfirmsFulfilment() async throws {
        // Given a shipped order
        let harness = try OrdersHarness()
        let id = try await Self.shippedOrder(harness)

        // When the carrier's first scan comes, as Tracking publishes it: the scan, then the confirmation
        try harness.deliver(TrackingFixtures.scanned(id, .accepted, scanID: "s1", at: ServiceFixtures.t(1500)))
        try harness.deliver(TrackingFixtures.confirmedFulfilled(id, at: ServiceFixtures.t(1500)))

        // Then the order is confirmed_fulfilled, order.confirmed_fulfilled carries its time and window
        let detail = try await harness.show(id)
        #expect(detail.status == .confirmedFulfilled)
        let confirmed = try #require(try harness.published(OrderConfirmedFulfilled.self).only)
        #expect(confirmed.at == ServiceFixtures.t(1500) && confirmed.expectedDelivery == TrackingFixtures.window)
        #expect(confirmed.carrier == TrackingFixtures.carrier && confirmed.followUps == [.notifyCustomer])
        // And the timeline notes the scan, then the status change
        #expect(
            detail.timeline.suffix(2) == [
                TimelineEntry(
                    at: ServiceFixtures.t(1500), status: .shipped, cause: .carrierScanned,
                    note: "accepted at Shenzhen (China Post LZ123456785CN)", scan: .accepted),
                TimelineEntry(at: ServiceFixtures.t(1500), status: .confirmedFulfilled, cause: .carrierScanned),
            ])
        // And the customer gets "confirmed shipped" with the carrier, the tracking number and the window
        let mail = try #require(try harness.queuedMails().first { $0.id == "orders.\(id).confirmed-shipped" })
        #expect(mail.header("To")?.contains("<") == true)
        #expect(mail.body.contains("Carrier: China Post") && mail.body.contains("Tracking number: LZ123456785CN"))
        #expect(mail.body.contains("Expected delivery: between 2026-12-03 and 2026-12-13"))
        #expect(mail.body.contains("Wish Post Standard promises 15-25 days"))
    }

    @Test("R10: every scan is on the timeline; the customer hears of out for delivery, an exception, a return, once")
    func scansAreNotedAndTheOnesThatMatterMailed() async throws {
        // Given a confirmed fulfilled order
        let harness = try OrdersHarness()
        let id = try await Self.shippedOrder(harness)
        try harness.deliver(TrackingFixtures.confirmedFulfilled(id, at: ServiceFixtures.t(1500)))
        let mailsBefore = try harness.queuedMails().count

        // When the carrier scans it in transit, stops it, moves it again, sends it out and returns it
        let kinds: [ScanKind] = [.inTransit, .exception, .inTransit, .outForDelivery, .returnedToSender]
        var deliveries: [StreamFeed.Delivery] = []
        for (index, kind) in kinds.enumerated() {
            deliveries.append(
                try harness.deliver(
                    TrackingFixtures.scanned(id, kind, scanID: "s\(index)", at: ServiceFixtures.t(2000 + index))))
        }

        // Then orders.show lists every scan with its kind, the status unchanged, and no event is published
        let detail = try await harness.show(id)
        #expect(detail.status == .confirmedFulfilled)
        #expect(detail.timeline.compactMap(\.scan) == kinds)
        #expect(detail.timeline.filter { $0.scan != nil }.allSatisfy { !$0.isStatusChange })
        #expect(try harness.publishedTypes(of: id).last == "order.confirmed_fulfilled")
        // And the customer got one mail for each scan that matters, none for the moves in transit
        let ids = try harness.queuedMails().dropFirst(mailsBefore).map(\.id)
        #expect(
            ids == [
                "orders.\(id).exception.1", "orders.\(id).out-for-delivery.1", "orders.\(id).returned-to-sender.1",
            ])
        let exception = try #require(try harness.queuedMails().first { $0.id == "orders.\(id).exception.1" })
        #expect(exception.body.contains("The carrier reported a problem with your parcel"))

        // When a scan is handed to the handler again, then nothing changes
        let timeline = try await harness.show(id).timeline
        try harness.redeliver(deliveries[3])
        #expect(try await harness.show(id).timeline == timeline)
        #expect(try harness.queuedMails().count == mailsBefore + 3)
    }

    @Test("R11: the carrier's delivery makes the order delivered with order.delivered; the customer is told once")
    func carrierDelivers() async throws {
        // Given a confirmed fulfilled order
        let harness = try OrdersHarness()
        let id = try await Self.shippedOrder(harness)
        try harness.deliver(TrackingFixtures.confirmedFulfilled(id, at: ServiceFixtures.t(1500)))

        // When the carrier delivers it (the scan, then Tracking's fact), twice
        try harness.deliver(TrackingFixtures.scanned(id, .delivered, scanID: "s9", at: ServiceFixtures.t(30_000)))
        let delivery = try harness.deliver(TrackingFixtures.delivered(id, at: ServiceFixtures.t(30_000)))
        try harness.redeliver(delivery)

        // Then it is delivered with the carrier's evidence, published and mailed once
        let detail = try await harness.show(id)
        #expect(detail.status == .delivered && detail.timeline.last?.cause == .carrierDelivered)
        #expect(
            try harness.published(OrderDelivered.self) == [
                OrderDelivered(
                    orderID: id, evidence: .carrier, requiresConfirmedDelivery: false, at: ServiceFixtures.t(30_000),
                    followUps: [.notifyCustomer])
            ])
        #expect(try harness.queuedMails().map(\.id).filter { $0.hasSuffix(".delivered") } == ["orders.\(id).delivered"])
    }

    @Test("R10: a stalled parcel is on the timeline and the merchant is told the supplier is asked to follow up")
    func stalledParcelTellsTheMerchant() async throws {
        let harness = try OrdersHarness()
        let id = try await Self.shippedOrder(harness)

        try harness.deliver(TrackingFixtures.stalled(id, at: ServiceFixtures.t(900 + 7 * 1440)))

        let detail = try await harness.show(id)
        #expect(detail.status == .shipped)
        #expect(detail.timeline.last?.cause == .shipmentStalled)
        #expect(detail.timeline.last?.note?.contains("supplier sup_sz asked to follow up") == true)
        let mail = try #require(try harness.queuedMails().first { $0.id == "orders.\(id).stalled.1" })
        #expect(mail.header("To") == "Loja Azul <vendas@loja-azul.example>")
        #expect(mail.body.contains("no carrier scan for 7 days") && mail.body.contains("supplier sup_sz"))
        #expect(try harness.publishedTypes(of: id).last == "order.shipped")
    }

    @Test("R10, R11: the service follows tracking only when the mesh has a tracking service")
    func trackingIsOptional() throws {
        let harness = try OrdersHarness()
        #expect(harness.service.consumptions.map(\.source).contains(StreamNames.tracking))
        let without = try ServiceHarness<OrdersService>(
            stream: StreamNames.orders, start: ServiceFixtures.t0, migrations: OrdersStore.migrate
        ) { parts in
            OrdersService(
                parts: parts, settings: OrdersSettings(), reserver: TableStockReserver(stock: [:], before: nil),
                dispatchPartitions: ["dispatch.p0"])
        }
        #expect(!without.service.consumptions.map(\.source).contains(StreamNames.tracking))
    }

    @Test("R10: a scan of an order never released is dead-lettered with the domain's sentence")
    func scanOfAnUnreleasedOrderIsDeadLettered() async throws {
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        #expect {
            try harness.deliver(TrackingFixtures.scanned(id, .accepted, scanID: "s1", at: ServiceFixtures.t(5)))
        } throws: { error in
            (error as? StreamFeed.NotApplied)?.errors == [OrderError.neverReleased(id, .placed).description]
        }
    }
}
