import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R15: a wrong or damaged shipment is reshipped on a new purchase order, its cost attributed.
struct DispatchJobReshipmentTests {
    /// A job whose first purchase order (supplier A) shipped at hour 10.
    private func shippedJob() throws -> DispatchJob {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0), acknowledged: true)
        _ = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(10))
        return job
    }

    @Test("R15: a wrong item is reshipped by the same supplier, at the supplier's cost")
    func wrongItemSameSupplier() throws {
        var job = try shippedJob()
        let shipped = Fixture.purchaseOrder(1)

        let reported = try job.reportProblem(shipped, problem: .wrongItem, reship: .sameSupplier, at: Fixture.time(100))
        #expect(reported == [.score(Fixture.supplierA, .problemReported), .chooseSupplier])
        #expect(job.status == .choosing)

        let effects = try job.chooseSupplier(
            stock: [:], scorecards: [Fixture.supplierB: Fixture.excellent], policy: Fixture.policy,
            at: Fixture.time(100))
        let plan = try #require(effects.plans.first)
        #expect(plan.supplierID == Fixture.supplierA)
        #expect(plan.attempt == 2)
        #expect(plan.costBearer == .supplier)
        #expect(plan.reshipment?.replaces == shipped)
        #expect(plan.choice.hasPrefix("reshipment of po_ord_1_1 (wrong item, supplier bears the cost); rank 1 of 1"))

        // The reshipment's 2-hour dispatch target runs from the problem report.
        let delivered = try job.purchaseOrderDelivered(
            plan.purchaseOrderID, policy: Fixture.policy, at: Fixture.time(101))
        guard case .purchaseOrderSent(let sent)? = delivered.facts.first else {
            Issue.record("not sent: \(delivered)")
            return
        }
        #expect(sent.isLate == false)
        #expect(sent.attempt == 2)

        _ = try job.acknowledge(plan.purchaseOrderID, at: Fixture.time(102))
        let reshipped = try job.ship(plan.purchaseOrderID, carrier: "ups", trackingNumber: "1Z2", at: Fixture.time(110))
        #expect(reshipped.facts.count == 1)
        #expect(job.status == .shipped)
    }

    @Test("R15: a damaged item is reshipped by the best backup, at the merchant's cost")
    func damagedBackup() throws {
        var job = try shippedJob()
        _ = try job.reportProblem(Fixture.purchaseOrder(1), problem: .damaged, reship: .backup, at: Fixture.time(100))
        let effects = try job.chooseSupplier(
            stock: [:], scorecards: [Fixture.supplierA: Fixture.excellent, Fixture.supplierC: Fixture.excellent],
            policy: Fixture.policy, at: Fixture.time(100))
        let plan = try #require(effects.plans.first)
        #expect(plan.supplierID == Fixture.supplierC)
        #expect(plan.costBearer == .merchant)
        #expect(plan.choice.hasPrefix("reshipment of po_ord_1_1 (damaged, merchant bears the cost); rank 3 of 3"))
    }

    @Test("R15: the same supplier without the stock: the best backup reships")
    func sameSupplierOutOfStock() throws {
        var job = try shippedJob()
        _ = try job.reportProblem(
            Fixture.purchaseOrder(1), problem: .wrongItem, reship: .sameSupplier, at: Fixture.time(100))
        let effects = try job.chooseSupplier(
            stock: [Fixture.supplierA: 0], scorecards: [:], policy: Fixture.policy, at: Fixture.time(100))
        #expect(effects.plans.first?.supplierID == Fixture.supplierB)
    }

    @Test("R15: a reshipment that the same supplier rejects fails over to a backup")
    func reshipmentFailsOver() throws {
        var job = try shippedJob()
        _ = try job.reportProblem(
            Fixture.purchaseOrder(1), problem: .wrongItem, reship: .sameSupplier, at: Fixture.time(100))
        let reship = try job.dispatch(at: Fixture.time(100))
        _ = try job.reject(reship, reason: .outOfStock, detail: nil, at: Fixture.time(101))
        let effects = try job.chooseSupplier(stock: [:], scorecards: [:], policy: Fixture.policy, at: Fixture.time(101))
        let plan = try #require(effects.plans.first)
        #expect(plan.supplierID == Fixture.supplierB)
        #expect(plan.attempt == 3)
        #expect(plan.reshipment?.problem == .wrongItem)
    }

    @Test("R15: only the order's current shipment can be reported, and only once")
    func problemReportLimits() throws {
        var job = try shippedJob()
        _ = try job.reportProblem(Fixture.purchaseOrder(1), problem: .damaged, reship: .backup, at: Fixture.time(100))
        let reship = try job.dispatch(at: Fixture.time(100), acknowledged: true)
        _ = try job.ship(reship, carrier: "ups", trackingNumber: "1Z2", at: Fixture.time(110))

        #expect(
            throws: DispatchError.notAllowed(orderID: Fixture.orderID, action: .reportProblem, status: .shipped)
        ) {
            try job.reportProblem(Fixture.purchaseOrder(1), problem: .wrongItem, reship: .backup, at: Fixture.time(120))
        }
        #expect(try job.reportProblem(reship, problem: .damaged, reship: .backup, at: Fixture.time(120)).count == 2)
    }
}
