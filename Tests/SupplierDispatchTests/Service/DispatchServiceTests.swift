import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams
import TestSupport
import Testing

@testable import SupplierDispatch

/// A dispatch partition end to end on a real store: released orders become purchase orders at the best supplier,
/// suppliers' reports move them, failures fail over, deadlines withdraw, cancellations reach the supplier.
struct DispatchServiceTests {
    @Test("R6, R7: released → PO to the first supplier with branded documents → acknowledged → shipped")
    func happyPath() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()

        // When an order is released
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)

        // Then one purchase order is queued for the merchant's first supplier, carrying the merchant's brand
        let call = try #require(try harness.pendingCalls().only)
        let request = try harness.request(of: call)
        #expect(call.kind == .purchaseOrder && request.supplierID == "sup_sz" && request.quantity == 2)
        #expect(request.brand == "Loja Azul" && request.returnAddress.city == "São Paulo")
        #expect(request.cost == DispatchServiceFixtures.money(2200 * 2 + 1500 + 200))
        #expect(Set(request.documents.map(\.kind)) == ["packing_list", "invoice", "commercial_invoice"])
        #expect(request.documents.allSatisfy { !$0.html.contains("sup_sz") && $0.html.contains("Loja Azul") })
        #expect(try harness.publishedTypes().isEmpty)

        // And the documents are kept as sent, for the merchant to print (R6, R9)
        let kept = try await harness.call(
            "dispatch.documents", PurchaseOrderDocumentsRequest(purchaseOrderID: call.purchaseOrderID),
            as: PurchaseOrderDocumentList.self)
        #expect(kept.documents == request.documents)
        let missing = try await harness.refusal(
            "dispatch.documents",
            PurchaseOrderDocumentsRequest(purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_1", 2))
        )
        #expect(missing.code == "not_found" && missing.field == "purchaseOrderID")

        // When the connector delivers it, then it is announced on time with its deadlines
        try await harness.answerNextCall()
        let sent = try #require(try harness.published(PurchaseOrderSent.self).only)
        #expect(sent.supplierID == "sup_sz" && sent.attempt == 1 && !sent.isLate)
        #expect(sent.acknowledgeBy == DispatchHarness.t(hours: 24) && sent.shipBy == DispatchHarness.t(hours: 48))

        // When the supplier acknowledges and ships
        let po = DispatchServiceFixtures.purchaseOrder("ord_1", 1)
        try harness.advance(to: DispatchHarness.t(hours: 1))
        _ = try await harness.call(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz"),
            as: DispatchPurchaseOrderView.self)
        try harness.advance(to: DispatchHarness.t(hours: 20))
        let shipped = try await harness.call(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: po, supplierID: "sup_sz", carrier: "china post", trackingNumber: "lz 1234 5678 5cn"),
            as: DispatchPurchaseOrderView.self)

        // Then the order shipped on time, the carrier's name and the tracking number normalised, and the supplier's
        // card counts it
        #expect(shipped.closure == "shipped" && shipped.trackingNumber == "LZ123456785CN")
        #expect(shipped.carrier == "China Post")
        #expect(try harness.published(PurchaseOrderShipped.self).map(\.isOnTime) == [true])
        #expect(try await harness.show("ord_1").status == "shipped")
        let cards = try await harness.call("dispatch.scorecards", Empty(), as: ScorecardList.self)
        #expect(cards.scorecards["sup_sz"]?.shippedOnTime == 1 && cards.scorecards["sup_sz"]?.acknowledged == 1)

        // And timers that come due later change nothing
        try harness.advance(to: DispatchHarness.t(hours: 100))
        #expect(try await harness.show("ord_1").status == "shipped")
    }

    @Test("R6: a rejection or no stock fails over to the next supplier; all three failing exhausts, then refunds")
    func failoverAndExhaustion() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")

        _ = try await harness.call(
            "purchase_orders.reject",
            RejectPurchaseOrder(
                purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_1", 1), supplierID: "sup_sz",
                reason: .outOfStock),
            as: DispatchPurchaseOrderView.self)
        #expect(try harness.request(of: try #require(try harness.pendingCalls().only)).supplierID == "sup_gz")
        try await harness.answerNextCall()
        _ = try await harness.call(
            "purchase_orders.reject",
            RejectPurchaseOrder(
                purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_1", 2), supplierID: "sup_gz",
                reason: .rejected, detail: "closed"),
            as: DispatchPurchaseOrderView.self)
        #expect(try harness.request(of: try #require(try harness.pendingCalls().only)).supplierID == "sup_yw")
        try await harness.answerNextCall()
        try harness.advance(to: DispatchHarness.t(hours: 2))
        _ = try await harness.call(
            "purchase_orders.reject",
            RejectPurchaseOrder(
                purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_1", 3), supplierID: "sup_yw",
                reason: .rejected),
            as: DispatchPurchaseOrderView.self)

        // Every supplier failed: exhausted, the merchant is told when it will be refunded
        let exhausted = try #require(try harness.published(DispatchExhausted.self).only)
        #expect(exhausted.attempts.map(\.failure) == [.outOfStock, .rejected, .rejected])
        #expect(exhausted.refundAt == DispatchHarness.t(hours: 74))
        #expect(try harness.pendingCalls().isEmpty)
        #expect(try harness.published(PurchaseOrderFailed.self).count == 3)

        // At the refund time the dispatch is abandoned
        try harness.advance(to: DispatchHarness.t(hours: 73.9))
        #expect(try harness.published(DispatchAbandoned.self).isEmpty)
        try harness.advance(to: DispatchHarness.t(hours: 74))
        #expect(try harness.published(DispatchAbandoned.self).map(\.orderID) == ["ord_1"])
        #expect(try await harness.show("ord_1").status == "abandoned")
    }

    @Test("R7: no acknowledgement in 24 h: the PO is withdrawn at the supplier, then the next supplier gets one")
    func acknowledgementTimeout() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")

        try harness.advance(to: DispatchHarness.t(hours: 24))
        let withdrawal = try #require(try harness.pendingCalls().only)
        #expect(
            withdrawal.kind == .cancel
                && withdrawal.purchaseOrderID == DispatchServiceFixtures.purchaseOrder("ord_1", 1))
        #expect(try harness.published(PurchaseOrderFailed.self).isEmpty)

        try await harness.answerNextCall(outcome: .cancelled)
        #expect(try harness.published(PurchaseOrderFailed.self).map(\.failure) == [.notAcknowledged])
        let next = try #require(try harness.pendingCalls().only)
        let nextRequest = try harness.request(of: next)
        #expect(next.kind == .purchaseOrder && nextRequest.supplierID == "sup_gz")
    }

    @Test("R15: a merchant's cancellation during dispatch reaches the supplier, and its confirmation closes the PO")
    func cancellationDuringDispatch() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")

        try harness.deliver(
            OrderCancelled(orderID: "ord_1", cause: .merchantCancelled, at: harness.clock.now()), on: StreamNames.orders
        )
        #expect(try harness.published(PurchaseOrderCancelRequested.self).count == 1)
        let withdrawal = try #require(try harness.pendingCalls().only)
        #expect(withdrawal.kind == .cancel)
        try await harness.answerNextCall(outcome: .cancelled)
        #expect(try harness.published(PurchaseOrderCancelled.self).count == 1)
        #expect(try await harness.show("ord_1").status == "cancelled")

        // A supplier that ships anyway is recorded, and bears the cost
        let late = try await harness.call(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_1", 1), supplierID: "sup_sz",
                carrier: "China Post", trackingNumber: "LZ123456785CN"), as: DispatchPurchaseOrderView.self)
        #expect(late.costBearer == .supplier)
        #expect(try harness.published(PurchaseOrderShippedAfterCancel.self).map(\.costBearer) == [.supplier])
    }

    @Test("A release that overtakes its listing waits for it; a cancellation before dispatch ends it")
    func parkedRelease() async throws {
        let harness = try DispatchHarness()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        try harness.deliver(DispatchServiceFixtures.released("ord_2"), on: StreamNames.orders)
        try harness.deliver(
            OrderCancelled(orderID: "ord_2", cause: .merchantCancelled, at: harness.clock.now()), on: StreamNames.orders
        )
        #expect(try harness.pendingCalls().isEmpty)

        try harness.loadCatalogue()
        #expect(try harness.pendingCalls().map(\.orderID) == ["ord_1"])
    }

    @Test("Refusals name the field and change nothing")
    func refusals() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")
        let po = DispatchServiceFixtures.purchaseOrder("ord_1", 1)

        let badNumber = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz", carrier: "UPS", trackingNumber: "1Z-??"))
        #expect(badNumber.code == "invalid_request" && badNumber.field == "trackingNumber")
        let noCarrier = try await harness.refusal(
            "purchase_orders.ship",
            ShipPurchaseOrder(purchaseOrderID: po, supplierID: "sup_sz", carrier: " ", trackingNumber: "1Z999AA1"))
        #expect(noCarrier.field == "carrier")
        let unknown = try await harness.refusal(
            "purchase_orders.acknowledge",
            AcknowledgePurchaseOrder(
                purchaseOrderID: DispatchServiceFixtures.purchaseOrder("ord_9", 1), supplierID: "sup_sz"))
        #expect(unknown.code == "not_found" && unknown.field == "purchaseOrderID")
        let notOurs = try await harness.refusal(
            "purchase_orders.acknowledge",
            AcknowledgePurchaseOrder(purchaseOrderID: "po-nonsense", supplierID: "sup_sz"))
        #expect(notOurs.code == "invalid_request")
        let tooEarly = try await harness.refusal("dispatch.retry", DispatchReference(orderID: "ord_1"))
        #expect(tooEarly.code == "conflict" && tooEarly.field == "orderID")
        let badStatus = try await harness.refusal("dispatch.list", DispatchListRequest(status: "lost"))
        #expect(badStatus.field == "status")
        #expect(try await harness.show("ord_1").status == "awaiting_acknowledgement")
    }

    @Test("R9: a listing without an HS code cannot be documented: the release is dead-lettered, nothing sent")
    func missingCustomsFacts() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue(DispatchServiceFixtures.listing(hsCode: nil))
        #expect(throws: StreamFeed.NotApplied.self) {
            try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        }
        #expect(try harness.pendingCalls().isEmpty)
        let letters = try await harness.store.read { db in try DeadLetters.all(db) }
        #expect(letters.only?.error.contains("HS code") == true, "\(letters.map(\.error))")
    }
}

extension Array {
    /// The single element, or nil if there are none or several.
    var only: Element? { count == 1 ? first : nil }
}

/// R15 at the service: a customer's wrong-item report reships from a backup, its cost on the supplier.
struct DispatchServiceReshipmentTests {
    @Test("R15: a wrong item reported after shipping reships from a backup; the first supplier's accuracy drops")
    func wrongItemReshipsFromBackup() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try await harness.releaseAndSend("ord_1")
        let first = DispatchServiceFixtures.purchaseOrder("ord_1", 1)
        _ = try await harness.call(
            "purchase_orders.acknowledge", AcknowledgePurchaseOrder(purchaseOrderID: first, supplierID: "sup_sz"),
            as: DispatchPurchaseOrderView.self)
        _ = try await harness.call(
            "purchase_orders.ship",
            ShipPurchaseOrder(
                purchaseOrderID: first, supplierID: "sup_sz", carrier: "China Post", trackingNumber: "LZ123456785CN"),
            as: DispatchPurchaseOrderView.self)

        // When the customer reports the wrong item and the merchant has a backup reship it
        let view = try await harness.call(
            "dispatch.report_problem", ProblemReport(orderID: "ord_1", problem: .wrongItem, reship: .backup),
            as: DispatchJobView.self)

        // Then a second purchase order goes to the next supplier, its cost borne by the first one
        #expect(view.purchaseOrders.first?.problem == "wrong_item")
        let reship = try #require(try harness.pendingCalls().only)
        #expect(try harness.request(of: reship).supplierID == "sup_gz")
        #expect(view.purchaseOrders.last?.reships == first && view.purchaseOrders.last?.costBearer == .supplier)
        let cards = try await harness.call("dispatch.scorecards", Empty(), as: ScorecardList.self)
        #expect(cards.scorecards["sup_sz"]?.problemReports == 1)
        #expect((cards.scorecards["sup_sz"]?.accuracy ?? 1) < 1)

        // And reporting again changes nothing; an order that never shipped cannot report
        let again = try await harness.call(
            "dispatch.report_problem", ProblemReport(orderID: "ord_1", problem: .wrongItem, reship: .backup),
            as: DispatchJobView.self)
        #expect(again.purchaseOrders.count == view.purchaseOrders.count)
        try await harness.releaseAndSend("ord_2")
        let unshipped = try await harness.refusal(
            "dispatch.report_problem", ProblemReport(orderID: "ord_2", problem: .damaged, reship: .sameSupplier))
        #expect(unshipped.code == "conflict")
    }
}
