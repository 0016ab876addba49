import Contracts
import Foundation
import SupplierDispatch
import Testing

/// Finding 4 in the domain: a supplier's report is taken only from the supplier holding the purchase order, and
/// the purchase order's states are followed in order (R7).
struct DispatchJobSupplierAnswerTests {
    @Test("Finding 4: only the supplier a purchase order went to holds it")
    func finding4_onlyTheHolderMayAnswer() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        try job.requireHolder(id, is: Fixture.supplierA)
        #expect(
            throws: DispatchError.notHeld(orderID: Fixture.orderID, purchaseOrderID: id, supplierID: Fixture.supplierB)
        ) { try job.requireHolder(id, is: Fixture.supplierB) }
        #expect(
            throws: DispatchError.unknownPurchaseOrder(
                orderID: Fixture.orderID, purchaseOrderID: Fixture.purchaseOrder(2))
        ) { try job.requireHolder(Fixture.purchaseOrder(2), is: Fixture.supplierA) }
        #expect(
            DispatchError.notHeld(orderID: Fixture.orderID, purchaseOrderID: id, supplierID: Fixture.supplierB)
                .description == "Supplier sup_b does not hold purchase order po_ord_1_1 of order ord_1.")
    }

    @Test("Finding 4: a ship report before the acknowledgement is refused and changes nothing")
    func finding4_shipBeforeAcknowledgementIsRefused() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        let before = job
        #expect(throws: DispatchError.notAcknowledged(orderID: Fixture.orderID, purchaseOrderID: id)) {
            try job.ship(id, carrier: "China Post", trackingNumber: "LZ123456785CN", at: Fixture.time(1))
        }
        #expect(job == before && job.status == .awaitingAcknowledgement)

        // Once acknowledged, the same report ships the order
        _ = try job.acknowledge(id, at: Fixture.time(2))
        let shipped = try job.ship(id, carrier: "China Post", trackingNumber: "LZ123456785CN", at: Fixture.time(3))
        #expect(shipped.contains(.score(Fixture.supplierA, .shipped(onTime: true))) && job.status == .shipped)
    }

    @Test("Finding 4: a supplier whose contract lets it ship unacknowledged may ship straight away")
    func finding4_contractMayAllowShippingUnacknowledged() throws {
        var job = DispatchJob.fixture(offers: Fixture.offersShippingUnacknowledged)
        let id = try job.dispatch(at: Fixture.time(0))
        let shipped = try job.ship(id, carrier: "China Post", trackingNumber: "LZ123456785CN", at: Fixture.time(1))
        #expect(shipped.facts.count == 1 && job.status == .shipped)
    }

    @Test("R7: during a withdrawal a ship report is taken, acknowledged or not: the supplier shipped before it knew")
    func shipWhileWithdrawingUnacknowledged() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        _ = try job.deadlinePassed(.acknowledge(id), at: Fixture.time(24))
        _ = try job.ship(id, carrier: "UPS", trackingNumber: "1Z5R89390357567127", at: Fixture.time(24.5))
        #expect(job.status == .shipped)
    }
}
