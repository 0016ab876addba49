import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies each input the simulated suppliers get (a purchase order, a cancellation, a step of a planned fate)
/// inside the caller's transaction: loads the purchase order, applies the input to `SimulatedPurchaseOrder` and
/// carries out every fact it returns in the same transaction: the purchase order saved, its fact appended to the
/// outbox, its next step scheduled and each answer owed to Dispatch queued as an `outgoingCall` row (R6, R7, R15).
///
/// Named for the suppliers rather than the purchase order: every input is addressed to a supplier, and a
/// purchase order desk would read as Dispatch's, which owns purchase orders.
///
/// A purchase order's fate is planned when it arrives; durable timers then play it on domain time:
/// `sim.acknowledge:<po>` (then `sim.ship:<po>`) for one that ships, `sim.reject:<po>` for one refused, none for
/// a silent one. Timers fire inside the clock transaction and cannot call Dispatch, so they only queue the call.
struct SupplierDesk: Sendable {
    /// The durable timer kinds, one per step.
    enum Step: String, CaseIterable {
        case acknowledge = "sim.acknowledge"
        case ship = "sim.ship"
        case reject = "sim.reject"

        func timerID(_ purchaseOrder: PurchaseOrderID) -> String { "\(rawValue):\(purchaseOrder.rawValue)" }
    }

    let outbox: Outbox
    let clock: DomainClock
    let settings: SimulatorSettings
    let planner: FatePlanner

    init(outbox: Outbox, clock: DomainClock, settings: SimulatorSettings) {
        self.outbox = outbox
        self.clock = clock
        self.settings = settings
        planner = FatePlanner(seed: settings.seed, carriers: settings.carriers)
    }

    /// The behaviour the supplier follows now: its own, or the defaults.
    func behaviour(of supplierID: SupplierID, in db: Database) throws -> SupplierBehaviour {
        try SupplierBehaviourRecords.find(of: supplierID, in: db) ?? settings.behaviour
    }

    // MARK: - Connector

    /// `supplier.purchase_order`: the first call plans the fate and schedules its first step; a repeated call
    /// returns the same receipt and changes nothing. A purchase order cancelled before it arrived is taken in
    /// cancelled (R15). With simulated time it is received no earlier than Dispatch sent it.
    func receive(_ request: PurchaseOrderRequest, in db: Database) throws -> PurchaseOrderReceipt {
        try clock.stamping(after: request.sentAt, in: db) { try take(request, in: db) }
    }

    /// `receive` at the time the request is stamped at.
    private func take(_ request: PurchaseOrderRequest, in db: Database) throws -> PurchaseOrderReceipt {
        if let known = try PurchaseOrderRecords.find(request.purchaseOrderID, in: db) { return known.receipt }
        let now = try clock.now(in: db)
        let plan = try planner.plan(
            for: request, receivedAt: now, behaviour: try behaviour(of: request.supplierID, in: db)
        ) { try PurchaseOrderRecords.isTrackingNumberTaken($0, in: db) }
        var order = SimulatedPurchaseOrder(
            request, supplierReference: FatePlanner.supplierReference(for: request.purchaseOrderID), receivedAt: now,
            plan: plan)
        try publish(order.received, of: order, in: db)
        if try PurchaseOrderRecords.isWithdrawn(request.purchaseOrderID, in: db) {
            if let cancelled = order.cancel(at: now).cancelled { try publish(cancelled, of: order, in: db) }
        } else if let acknowledgeAt = plan.acknowledgeAt {
            try schedule(.acknowledge, of: order.purchaseOrderID, at: acknowledgeAt, in: db)
        } else if let rejectAt = plan.rejectAt {
            try schedule(.reject, of: order.purchaseOrderID, at: rejectAt, in: db)
        }
        try PurchaseOrderRecords.save(order, in: db)
        return order.receipt
    }

    /// `supplier.cancel`: before the shipment the purchase order is cancelled, its timers and pending calls
    /// dropped; after it, `already_shipped` (and the ship call still goes). An unknown purchase order is
    /// remembered as withdrawn. With simulated time it is cancelled no earlier than Dispatch asked.
    func cancel(_ cancellation: PurchaseOrderCancellation, in db: Database) throws -> PurchaseOrderCancellationReply {
        try clock.stamping(after: cancellation.requestedAt, in: db) { try withdraw(cancellation, in: db) }
    }

    /// `cancel` at the time the request is stamped at.
    private func withdraw(_ cancellation: PurchaseOrderCancellation, in db: Database) throws
        -> PurchaseOrderCancellationReply
    {
        let now = try clock.now(in: db)
        guard var order = try PurchaseOrderRecords.find(cancellation.purchaseOrderID, in: db) else {
            try PurchaseOrderRecords.withdraw(
                cancellation.purchaseOrderID, supplierID: cancellation.supplierID, at: now, in: db)
            return PurchaseOrderCancellationReply(supplierID: cancellation.supplierID, outcome: "cancelled")
        }
        guard order.supplierID == cancellation.supplierID else {
            throw RPCFailure.invalidRequest(
                "\(cancellation.purchaseOrderID) went to supplier \(order.supplierID)", field: "supplierID")
        }
        let (reply, cancelled) = order.cancel(at: now)
        guard order.state != .shipped else { return reply }
        for step in Step.allCases { try DurableTimers.cancel(id: step.timerID(order.purchaseOrderID), in: db) }
        try OutgoingCallRecords.dropPending(of: order.purchaseOrderID, in: db)
        if let cancelled {
            try publish(cancelled, of: order, in: db)
            try PurchaseOrderRecords.save(order, in: db)
        }
        return reply
    }

    // MARK: - Timers

    /// A step's timer fired: the supplier acts, publishes the fact and queues its answer to Dispatch, which
    /// carries the time it acted at.
    func timerFired(_ timer: DurableTimer, in db: Database) throws {
        guard let step = Step(rawValue: timer.kind) else { return }
        let id = PurchaseOrderID(rawValue: String(timer.id.dropFirst(step.rawValue.count + 1)))
        guard var order = try PurchaseOrderRecords.find(id, in: db) else { return }
        // Due at the planned time; the host fires it stamped at that time, however late the clock reached it.
        let now = max(try clock.now(in: db), timer.due)
        switch step {
        case .acknowledge:
            guard let fact = order.acknowledge(at: now) else { return }
            try publish(fact, of: order, in: db)
            try OutgoingCallRecords.enqueue(
                .acknowledge, of: id,
                body: AcknowledgePurchaseOrder(purchaseOrderID: id, supplierID: order.supplierID, at: now),
                in: db)
            if let shipAt = order.plan.shipAt { try schedule(.ship, of: id, at: shipAt, in: db) }
        case .ship:
            guard let fact = order.ship(at: now) else { return }
            try publish(fact, of: order, in: db)
            let body = ShipPurchaseOrder(
                purchaseOrderID: id, supplierID: order.supplierID, carrier: fact.carrier,
                trackingNumber: fact.trackingNumber, at: now)
            try OutgoingCallRecords.enqueue(.ship, of: id, body: body, in: db)
        case .reject:
            guard let fact = order.reject(at: now) else { return }
            try publish(fact, of: order, in: db)
            let body = RejectPurchaseOrder(
                purchaseOrderID: id, supplierID: order.supplierID, reason: fact.reason, detail: fact.detail, at: now)
            try OutgoingCallRecords.enqueue(.reject, of: id, body: body, in: db)
        }
        try PurchaseOrderRecords.save(order, in: db)
    }

    /// Schedules a purchase order's step (a silent one has none).
    private func schedule(_ step: Step, of purchaseOrder: PurchaseOrderID, at due: Date, in db: Database) throws {
        try DurableTimers.schedule(DurableTimer(id: step.timerID(purchaseOrder), kind: step.rawValue, due: due), in: db)
    }

    private func publish<Fact: EventPayload>(_ fact: Fact, of order: SimulatedPurchaseOrder, in db: Database) throws {
        try outbox.append(
            fact, at: try clock.now(in: db), correlation: order.orderID.rawValue, causation: nil, in: db)
    }
}
