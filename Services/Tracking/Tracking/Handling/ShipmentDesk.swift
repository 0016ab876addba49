import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies the facts Tracking consumes and the carriers' scans to its store, inside the caller's transaction, and
/// appends what follows to its outbox (R8-R11): the one place where releases, purchase orders, shipments, scans,
/// deliveries and the deadline and stall timers meet the domain.
///
/// `order.released` (on `orders`) and `purchase_order.shipped` (on a dispatch partition) come on independent
/// streams: a shipment is stored when it ships and `shipment.registered` is published once its destination is
/// known (from the shipping choice, else from the release). Every input is idempotent, so a redelivered fact
/// changes nothing and publishes nothing.
struct ShipmentDesk: Sendable {
    /// The durable timer kind of a parcel's silence; its id is `stall:<orderID>`.
    static let stallTimerKind = "stall"

    let outbox: Outbox
    let clock: DomainClock
    let settings: TrackingSettings

    /// The id of an order's stall timer.
    static func stallTimerID(_ orderID: OrderID) -> String { "\(stallTimerKind):\(orderID.rawValue)" }

    /// How expected windows are set.
    var expected: ExpectedDelivery {
        ExpectedDelivery(
            minimumParcels: settings.laneMinimumParcels, defaultTransitDays: settings.defaultTransitDays)
    }

    // MARK: - Orders stream

    /// `order.released`: remembers the order, arms the R8 and R10 timers at release + 5 and + 7 days, and registers
    /// a shipment that shipped before the release was applied.
    func orderReleased(_ released: OrderReleased, causation: String?, in db: Database) throws {
        guard let order = TrackedOrder(released) else {
            throw TrackingHandlingError.unknownCountry(released.orderID, released.unfulfilled.shippingAddress.country)
        }
        guard try TrackedOrderRecords.insert(order, in: db) else { return }
        for deadline in OrderDeadline.allCases {
            let due = DeadlineRule(days: settings.days(of: deadline)).due(releasedAt: order.releasedAt)
            try DurableTimers.schedule(
                DurableTimer(id: deadline.timerID(order.orderID), kind: deadline.rawValue, due: due), in: db)
        }
        for stored in try ShipmentRecords.ofOrder(order.orderID, in: db) where !stored.isRegistered {
            var shipment = stored
            shipment.destination = shipment.destination ?? order.destination
            try publishRegistration(&shipment, causation: causation, in: db)
        }
    }

    /// `order.refunded` or `order.cancelled`: the deadlines no longer apply and the parcel is followed no more.
    func orderEnded(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try TrackedOrderRecords.end(orderID, at: time, in: db)
        for deadline in OrderDeadline.allCases { try DurableTimers.cancel(id: deadline.timerID(orderID), in: db) }
        try DurableTimers.cancel(id: Self.stallTimerID(orderID), in: db)
    }

    /// `order.delivery_confirmed` (R11): the customer has the parcel; `shipment.delivered` evidence customer unless
    /// the carrier delivered it first, and its silence is watched no more.
    func deliveryConfirmed(_ confirmed: OrderDeliveryConfirmed, causation: String?, in db: Database) throws {
        guard let stored = try ShipmentRecords.ofOrder(confirmed.orderID, in: db).last else { return }
        var shipment = stored
        guard let delivered = shipment.customerConfirmedDelivery(at: confirmed.at) else { return }
        try ShipmentRecords.update(shipment, in: db)
        try DurableTimers.cancel(id: Self.stallTimerID(confirmed.orderID), in: db)
        try outbox.append(
            delivered, at: confirmed.at, correlation: confirmed.orderID.rawValue, causation: causation, in: db)
    }

    // MARK: - Dispatch streams

    /// `purchase_order.sent`: remembers the merchant, the release and the shipping choice (R9).
    func purchaseOrderSent(_ sent: PurchaseOrderSent, in db: Database) throws {
        try SentPurchaseOrderRecords.insert(SentPurchaseOrder(sent), in: db)
    }

    /// `purchase_order.shipped`: stores the shipment with its expected window, disarms R8 when shipped in time,
    /// arms the stall timer and publishes `shipment.registered` once the destination is known.
    func purchaseOrderShipped(_ shipped: PurchaseOrderShipped, causation: String?, in db: Database) throws {
        let sent = try SentPurchaseOrderRecords.find(shipped.purchaseOrderID, in: db)
        let order = try TrackedOrderRecords.find(shipped.orderID, in: db)
        guard let merchantID = sent?.merchantID ?? order?.merchantID,
            let releasedAt = order?.releasedAt ?? sent?.releasedAt
        else { throw TrackingHandlingError.unknownPurchaseOrder(shipped.purchaseOrderID) }
        let choice = sent?.choice
        let number = TrackingNumberFormat.normalised(shipped.trackingNumber)
        let origin = choice?.origin ?? S10TrackingNumber(number)?.country
        let destination = choice?.destination ?? order?.destination
        let lane = try origin.flatMap { origin in
            try destination.flatMap { destination in
                try LaneRecords.find(
                    LaneKey(origin: origin, destination: destination, carrier: shipped.carrier), in: db)
            }
        }
        var shipment = Shipment(
            orderID: shipped.orderID, purchaseOrderID: shipped.purchaseOrderID, merchantID: merchantID,
            supplierID: shipped.supplierID, carrier: shipped.carrier, trackingNumber: number, choice: choice,
            origin: origin, destination: destination, releasedAt: releasedAt, shippedAt: shipped.at,
            expectedDelivery: expected.window(shippedAt: shipped.at, choice: choice, lane: lane))
        let taken = try ShipmentRecords.withNumber(number, in: db).contains {
            Shipment.carrierKey($0.carrier) == Shipment.carrierKey(shipped.carrier)
                && $0.purchaseOrderID != shipped.purchaseOrderID
        }
        if taken {
            throw TrackingHandlingError.trackingNumberTaken(
                shipped.purchaseOrderID, carrier: shipped.carrier, trackingNumber: number)
        }
        guard try ShipmentRecords.insert(shipment, in: db) else { return }
        let fulfilment = DeadlineRule(days: settings.fulfilmentDeadlineDays)
        if fulfilment.isMet(at: shipped.at, releasedAt: releasedAt) {
            try DurableTimers.cancel(id: OrderDeadline.fulfilment.timerID(shipped.orderID), in: db)
        }
        try armStallTimer(for: shipment, in: db)
        try publishRegistration(&shipment, causation: causation, in: db)
    }

    // MARK: - Shared

    /// Publishes `shipment.registered` when the shipment's destination is known and it was not published yet.
    func publishRegistration(_ shipment: inout Shipment, causation: String?, in db: Database) throws {
        guard let registered = shipment.register() else { return }
        try ShipmentRecords.update(shipment, in: db)
        try outbox.append(
            registered, at: registered.at, correlation: shipment.orderID.rawValue, causation: causation, in: db)
    }

    /// (Re)arms the order's stall timer `stalled_after_days` after the parcel was last heard of.
    func armStallTimer(for shipment: Shipment, in db: Database) throws {
        let due = shipment.lastHeardAt.addingTimeInterval(TimeInterval(settings.stalledAfterDays) * 86_400)
        try DurableTimers.schedule(
            DurableTimer(id: Self.stallTimerID(shipment.orderID), kind: Self.stallTimerKind, due: due), in: db)
    }
}
