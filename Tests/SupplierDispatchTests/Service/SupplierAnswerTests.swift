import Contracts
import Foundation
import TestSupport
import Testing

@testable import SupplierDispatch

/// Finding 4 at the partition's door: a supplier answers only for the purchase orders it holds, in their order
/// (acknowledge, then ship), with a tracking number valid for its carrier; anything else is refused with the field
/// at fault and changes nothing (R7, R9).
struct SupplierAnswerTests {
    /// A partition with ord_1's purchase order delivered to sup_sz, awaiting its acknowledgement.
    private func dispatched() async throws -> DispatchHarness {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")
        return harness
    }

    private let po = DispatchServiceFixtures.purchaseOrder("ord_1", 1)

    @Test("Finding 4: another supplier's acknowledge, ship or reject of a purchase order is refused, nothing changed")
    func finding4_anotherSuppliersAnswersAreRefused() async throws {
        let harness = try await dispatched()
        let before = try harness.published()

        let forgedShip = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: po, supplierID: "sup_gz", carrier: "China Post", trackingNumber: "LZ123456785CN"))
        let forgedAcknowledgement = try await harness.refusal(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: po, supplierID: "sup_gz"))
        let forgedRejection = try await harness.refusal(
            "purchase_orders.reject", RejectPurchaseOrder(purchaseOrderID: po, supplierID: "sup_gz", reason: .rejected))
        for refusal in [forgedShip, forgedAcknowledgement, forgedRejection] {
            #expect(refusal.code == "forbidden" && refusal.field == "supplierID", "\(refusal)")
            #expect(refusal.message == "Supplier sup_gz does not hold purchase order po_ord_1_1 of order ord_1.")
        }
        let anonymous = try await harness.refusal(
            "purchase_orders.ship",
            json: #"{"purchaseOrderID":"po_ord_1_1","carrier":"China Post","trackingNumber":"LZ123456785CN"}"#)
        #expect(anonymous.code == "invalid_request" && anonymous.field == "supplierID")

        #expect(try harness.published() == before)
        let job = try await harness.show("ord_1")
        #expect(job.status == "awaiting_acknowledgement" && job.purchaseOrders.map(\.supplierID) == ["sup_sz"])
    }

    @Test("Finding 4: the holder's ship before its acknowledgement is refused; after it, the order ships")
    func finding4_shipBeforeAcknowledgementIsRefused() async throws {
        let harness = try await dispatched()
        let ship = ShipPurchaseOrder(
            purchaseOrderID: po, supplierID: "sup_sz", carrier: "China Post", trackingNumber: "LZ123456785CN")

        let early = try await harness.refusal("purchase_orders.ship", ship)
        #expect(early.code == "conflict" && early.field == "purchaseOrderID")
        #expect(early.message.contains("must be acknowledged before it ships"))
        #expect(try await harness.show("ord_1").status == "awaiting_acknowledgement")

        _ = try await harness.call(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz"),
            as: DispatchPurchaseOrderView.self)
        let shipped = try await harness.call("purchase_orders.ship", ship, as: DispatchPurchaseOrderView.self)
        #expect(shipped.closure == "shipped" && shipped.trackingNumber == "LZ123456785CN")
    }

    @Test("Finding 4: a supplier whose offer says shipsWithoutAcknowledgement may ship straight away")
    func finding4_contractAllowsShippingUnacknowledged() async throws {
        let harness = try DispatchHarness()
        var listing = DispatchServiceFixtures.listing()
        listing.variations[0].suppliers[0].shipsWithoutAcknowledgement = true
        try harness.loadCatalogue(listing)
        try await harness.releaseAndSend("ord_1")
        let shipped = try await harness.call(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: po, supplierID: "sup_sz", carrier: "UPS", trackingNumber: "1Z5R89390357567127"),
            as: DispatchPurchaseOrderView.self)
        #expect(shipped.closure == "shipped" && shipped.carrier == "UPS")
    }

    @Test(
        "Finding 4: a tracking number must be valid for its carrier",
        arguments: [
            ("China Post", "FAKE123", "trackingNumber"), ("China Post", "LZ123456784CN", "trackingNumber"),
            ("China Post", "RB123456785GB", "trackingNumber"), ("UPS", "LZ123456785CN", "trackingNumber"),
            ("Fake Express", "LZ123456785CN", "carrier"),
            ("China Post", String(repeating: "9", count: 101), "trackingNumber"),
        ])
    func finding4_trackingNumberMustBeValid(carrier: String, trackingNumber: String, field: String) async throws {
        let harness = try await dispatched()
        _ = try await harness.call(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz"),
            as: DispatchPurchaseOrderView.self)
        let refusal = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: po, supplierID: "sup_sz", carrier: carrier, trackingNumber: trackingNumber))
        #expect(refusal.code == "invalid_request" && refusal.field == field, "\(refusal)")
        #expect(try await harness.show("ord_1").status == "awaiting_shipment")
    }
}
