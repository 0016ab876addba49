import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R7 deadlines: withdrawal at the supplier before failover, late shipments, stale and early timers.
struct DispatchJobDeadlineTests {
    @Test("R7: no acknowledgement in 24 h: the purchase order is withdrawn, then the backup is tried")
    func acknowledgeTimeoutFailsOver() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))

        // When the acknowledge deadline passes, the purchase order is withdrawn first
        let withdrawing = try job.deadlinePassed(.acknowledge(first), at: Fixture.time(24))
        #expect(withdrawing == [.cancelAtSupplier(first, supplierID: Fixture.supplierA)])
        #expect(job.status == .withdrawing)
        #expect(job.state.openPurchaseOrder?.withdrawnFor == .notAcknowledged)

        // And the job fails over only when the supplier confirms the cancellation
        let failed = try job.withdrawalDelivered(first, outcome: .cancelled, at: Fixture.time(25))
        #expect(
            failed == [
                .publish(
                    .purchaseOrderFailed(
                        PurchaseOrderFailed(
                            purchaseOrderID: first, orderID: Fixture.orderID, supplierID: Fixture.supplierA,
                            failure: .notAcknowledged, detail: nil, at: Fixture.time(25)))),
                .score(Fixture.supplierA, .failed(.notAcknowledged)),
                .chooseSupplier,
            ])
        let next = try job.dispatch(at: Fixture.time(25))
        #expect(job.purchaseOrder(next)?.supplierID == Fixture.supplierB)
    }

    @Test("R7: acknowledged but not shipped in 48 h: withdrawn, then failed over as a missed ship deadline")
    func shipDeadlineFailsOver() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.acknowledge(first, at: Fixture.time(1))

        #expect(try job.deadlinePassed(.acknowledge(first), at: Fixture.time(24)) == [])
        let withdrawing = try job.deadlinePassed(.ship(first), at: Fixture.time(48))
        #expect(withdrawing == [.cancelAtSupplier(first, supplierID: Fixture.supplierA)])

        let failed = try job.withdrawalDelivered(first, outcome: .cancelled, at: Fixture.time(49))
        #expect(failed.contains(.score(Fixture.supplierA, .failed(.shipDeadlineMissed))))
        #expect(failed.last == .chooseSupplier)
        #expect(job.purchaseOrders.map(\.closure) == [.failed(.shipDeadlineMissed)])
    }

    @Test("R7: a ship deadline reached without acknowledgement fails the purchase order as not acknowledged")
    func shipDeadlineWithoutAcknowledgement() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.deadlinePassed(.ship(first), at: Fixture.time(48))
        #expect(job.state.openPurchaseOrder?.withdrawnFor == .notAcknowledged)
    }

    @Test("R7: a supplier that had already shipped when withdrawn: its shipment is accepted, and late")
    func withdrawalAlreadyShipped() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.acknowledge(first, at: Fixture.time(1))
        _ = try job.deadlinePassed(.ship(first), at: Fixture.time(48))

        #expect(try job.withdrawalDelivered(first, outcome: .alreadyShipped, at: Fixture.time(49)) == [])
        #expect(job.status == .awaitingLateShipment)
        #expect(try job.withdrawalDelivered(first, outcome: .alreadyShipped, at: Fixture.time(50)) == [])

        let shipped = try job.ship(first, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(51))
        guard case .purchaseOrderShipped(let event)? = shipped.facts.first else {
            Issue.record("no shipment in \(shipped)")
            return
        }
        #expect(event.isOnTime == false)
        #expect(shipped.contains(.score(Fixture.supplierA, .shipped(onTime: false))))
        #expect(job.status == .shipped)
    }

    @Test("R7: a ship report while the withdrawal is under way is the order's (late) shipment")
    func shipWhileWithdrawing() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0))
        _ = try job.deadlinePassed(.acknowledge(first), at: Fixture.time(24))
        let shipped = try job.ship(first, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(25))
        #expect(shipped.contains(.score(Fixture.supplierA, .shipped(onTime: false))))
        #expect(try job.withdrawalDelivered(first, outcome: .cancelled, at: Fixture.time(26)) == [])
        #expect(job.status == .shipped)
    }

    @Test("R7: a purchase order shipped after its ship deadline but before the timer fired is late")
    func shipAfterDeadlineBeforeTimer() throws {
        var job = DispatchJob.fixture()
        let first = try job.dispatch(at: Fixture.time(0), acknowledged: true)
        let shipped = try job.ship(first, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(48.5))
        #expect(shipped.contains(.score(Fixture.supplierA, .shipped(onTime: false))))
    }

    /// A stale timer and how to reach it.
    struct StaleTimer: Sendable, CustomStringConvertible {
        var description: String
        var setUp: @Sendable (inout DispatchJob) throws -> DispatchDeadline
    }

    static let staleTimers: [StaleTimer] = [
        StaleTimer(description: "acknowledge deadline after the acknowledgement") { job in
            let id = try job.dispatch(at: Fixture.time(0))
            _ = try job.acknowledge(id, at: Fixture.time(1))
            return .acknowledge(id)
        },
        StaleTimer(description: "ship deadline after the shipment") { job in
            let id = try job.dispatch(at: Fixture.time(0), acknowledged: true)
            _ = try job.ship(id, carrier: "ups", trackingNumber: "1Z1", at: Fixture.time(5))
            return .ship(id)
        },
        StaleTimer(description: "acknowledge deadline of a rejected purchase order while the next is open") { job in
            let id = try job.dispatch(at: Fixture.time(0))
            _ = try job.reject(id, reason: .rejected, detail: nil, at: Fixture.time(1))
            try job.dispatch(at: Fixture.time(1))
            return .acknowledge(id)
        },
        StaleTimer(description: "ship deadline while the purchase order is being withdrawn") { job in
            let id = try job.dispatch(at: Fixture.time(0))
            _ = try job.deadlinePassed(.acknowledge(id), at: Fixture.time(24))
            return .ship(id)
        },
        StaleTimer(description: "refund deadline while a purchase order is open") { job in
            try job.dispatch(at: Fixture.time(0))
            return .refund
        },
        StaleTimer(description: "ship deadline after the order was cancelled") { job in
            let id = try job.dispatch(at: Fixture.time(0))
            _ = job.orderCancelled(at: Fixture.time(1))
            return .ship(id)
        },
    ]

    @Test("R7: stale timers change nothing", arguments: staleTimers)
    func staleTimersAreNoOps(_ timer: StaleTimer) throws {
        var job = DispatchJob.fixture()
        let deadline = try timer.setUp(&job)
        let before = job
        #expect(try job.deadlinePassed(deadline, at: Fixture.time(200)) == [])
        #expect(job == before)
    }

    @Test("R7: a timer of the open purchase order that fires early is refused")
    func earlyTimerRefused() throws {
        var job = DispatchJob.fixture()
        let id = try job.dispatch(at: Fixture.time(0))
        #expect(
            throws: DispatchError.deadlineNotReached(
                orderID: Fixture.orderID, deadline: .acknowledge(id), due: Fixture.time(24), at: Fixture.time(23))
        ) {
            try job.deadlinePassed(.acknowledge(id), at: Fixture.time(23))
        }
        #expect(job.status == .awaitingAcknowledgement)
    }
}
