import Contracts
import Foundation
import ServiceKit
import TestSupport
import Testing

@testable import SupplierDispatch

/// R9: the purchase order carries the carrier choice to the supplier and in `purchase_order.sent`; a ship report
/// is checked against the configured carriers; shipping with another carrier than the choice is taken and counted.
struct CarrierChoiceServiceTests {
    static let po = DispatchServiceFixtures.purchaseOrder("ord_1", 1)

    @Test("R9: the choice goes to the supplier and into purchase_order.sent")
    func choiceTravels() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try harness.deliver(DispatchServiceFixtures.released("ord_1", at: harness.clock.now()), on: StreamNames.orders)
        let call = try #require(try harness.pendingCalls().first)
        let requested = try #require(try harness.request(of: call).shipping)
        #expect(requested.serviceLevel == "Wish Post Standard" && requested.destination.code == "FR")
        try await harness.answerNextCall()
        let sent = try #require(try harness.published(PurchaseOrderSent.self).first)
        #expect(sent.shipping == requested)
    }

    @Test("R9: an invalid number or an unknown carrier is refused on its field, and the purchase order stays open")
    func shipRefusals() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")
        let ups = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: Self.po, supplierID: "sup_sz", carrier: "China Post",
                trackingNumber: "1Z5R89390357567127"))
        #expect(ups.code == "invalid_request" && ups.field == "trackingNumber")
        #expect(ups.message.contains("looks like a UPS number, not one of China Post's"))
        let unknown = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: Self.po, supplierID: "sup_sz", carrier: "Fake Express", trackingNumber: "LZ123456785CN"
            ))
        #expect(unknown.field == "carrier")
        #expect(try harness.published(PurchaseOrderShipped.self).isEmpty)
        #expect(try await harness.show("ord_1").status != "shipped")
    }

    @Test("R9: the chosen carrier named by its level's full name ships with no mismatch")
    func sameCarrier() async throws {
        let harness = try await Self.shipAfterAcknowledging(
            carrier: "wish post standard", trackingNumber: "lt 12345678 5 cn")
        let shipped = try #require(try harness.published(PurchaseOrderShipped.self).only)
        #expect(shipped.carrier == "Wish Post" && shipped.trackingNumber == "LT123456785CN")
        #expect(shipped.requiredCarrier == "Wish Post" && !shipped.isCarrierMismatch)
    }

    @Test("R9: shipping with another carrier than the choice is taken, recorded and counted against the supplier")
    func carrierMismatch() async throws {
        let harness = try await Self.shipAfterAcknowledging(carrier: "UPS", trackingNumber: "1Z5R89390357567127")
        let shipped = try #require(try harness.published(PurchaseOrderShipped.self).only)
        #expect(shipped.carrier == "UPS" && shipped.requiredCarrier == "Wish Post" && shipped.isCarrierMismatch)
        #expect(try await harness.show("ord_1").status == "shipped")
        let cards = try await harness.call("dispatch.scorecards", Empty(), as: ScorecardList.self)
        let card = try #require(cards.scorecards["sup_sz"])
        #expect(card.carrierMismatches == 1 && card.shipped == 1 && card.accuracy == 0)
    }

    /// A harness where sup_sz received `ord_1`'s purchase order, acknowledged it and shipped it with `carrier`.
    static func shipAfterAcknowledging(carrier: String, trackingNumber: String) async throws -> DispatchHarness {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")
        _ = try await harness.call(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz"),
            as: DispatchPurchaseOrderView.self)
        _ = try await harness.call(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: po, supplierID: "sup_sz", carrier: carrier, trackingNumber: trackingNumber),
            as: DispatchPurchaseOrderView.self)
        return harness
    }
}
