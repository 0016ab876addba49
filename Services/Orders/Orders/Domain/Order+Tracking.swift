import Contracts
import Foundation

/// The carrier's facts about a shipped order's parcel, as Tracking publishes them (R10, R11): the first scan makes
/// the order `confirmed_fulfilled`, every scan is noted on the timeline, a delivery makes it `delivered`, a stall is
/// noted and told to the merchant.
///
/// The facts come on the `tracking` stream, in their own order, and may overtake Dispatch's (`dispatch.p*`) and
/// the customer's confirmation. None moves an order backwards: a fact a later status already implies is noted on the
/// timeline and changes no status (a first scan after the customer confirmed delivery), and a fact about a refunded
/// or cancelled order's parcel (the supplier shipped anyway) is only noted, with no mail. A first scan or a delivery
/// of an order Orders still sees unshipped (Dispatch's `purchase_order.shipped` not applied yet) moves it on: the
/// carrier's word is proof that it shipped. A fact about an order never released is a contradiction: it throws.
/// Repeating a fact changes nothing (a note already on the timeline is not added again).
extension Order {
    /// R10: the carrier's first scan. `released`, `dispatched`, `dispatch_exhausted` or `shipped` → `confirmed_fulfilled`
    /// with `order.confirmed_fulfilled`, whose customer mail ("confirmed shipped") gives the expected delivery window.
    public mutating func confirmedFulfilled(_ fact: ShipmentConfirmedFulfilled) throws(OrderError) -> OrderOutcome {
        try requireReleased()
        // One first scan per order: its entry, a status change or a note, is the timeline's one carrierScanned
        // entry without a scan kind.
        guard !timeline.contains(where: { $0.cause == .carrierScanned && $0.scan == nil }) else { return .none }
        switch status {
        case .released, .dispatched, .dispatchExhausted, .shipped:
            enter(.confirmedFulfilled, at: fact.at, cause: .carrierScanned)
            let confirmed = OrderConfirmedFulfilled(
                orderID: id, carrier: fact.carrier, trackingNumber: fact.trackingNumber,
                expectedDelivery: fact.expectedDelivery, isWithinDeadline: fact.isWithinDeadline, at: fact.at)
            return OrderOutcome(events: [.confirmedFulfilled(confirmed)])
        default:
            note(
                "first carrier scan (\(fact.carrier) \(fact.trackingNumber)) after the order was \(status)",
                cause: .carrierScanned, at: fact.at)
            return .none
        }
    }

    /// R10: a carrier scan, noted on the timeline with its kind and place. While the parcel is on its way (the order
    /// not yet delivered, refunded or cancelled) the customer is told of the scans that matter: out for delivery,
    /// an exception, returned to sender. A delivery scan changes no status here: `shipment.delivered` does.
    public mutating func scanned(_ scan: ShipmentScanned) throws(OrderError) -> OrderOutcome {
        try requireReleased()
        let place = scan.location.map { " at \($0)" } ?? ""
        let text = "\(scan.kind)\(place) (\(scan.carrier) \(scan.trackingNumber))"
        guard note(text, cause: .carrierScanned, scan: scan.kind, at: scan.at) else { return .none }
        guard Self.customerHears(of: scan.kind), status.isOnItsWay else { return .none }
        let number = timeline.count { $0.scan == scan.kind }
        return OrderOutcome(notices: [.scan(scan, number: number)])
    }

    /// R11: the carrier delivered the parcel, or Tracking relays the customer's confirmation. `shipped` or
    /// `confirmed_fulfilled` (or an order Orders still sees unshipped) → `delivered` with `order.delivered`; after a
    /// carrier's scan the customer is told. An order already delivered changes nothing (the customer confirmed
    /// first); a refunded or cancelled one gets a note.
    public mutating func delivered(_ fact: ShipmentDelivered) throws(OrderError) -> OrderOutcome {
        try requireReleased()
        switch status {
        case .released, .dispatched, .dispatchExhausted, .shipped, .confirmedFulfilled:
            let cause: TransitionCause = fact.evidence == .carrier ? .carrierDelivered : .customerConfirmedDelivery
            enter(.delivered, at: fact.at, cause: cause)
            let delivered = OrderDelivered(
                orderID: id, evidence: fact.evidence, requiresConfirmedDelivery: fact.requiresConfirmedDelivery,
                at: fact.at, followUps: fact.evidence == .carrier ? [.notifyCustomer] : [])
            return OrderOutcome(events: [.delivered(delivered)])
        case .refunded, .cancelled:
            note("delivered (\(fact.evidence)) after the order was \(status)", cause: .carrierDelivered, at: fact.at)
            return .none
        default:
            return .none
        }
    }

    /// R10: no scan came for the stall period. Noted on the timeline; while the parcel is on its way the merchant is
    /// told (the supplier is asked to follow up).
    public mutating func stalled(_ fact: ShipmentStalled) throws(OrderError) -> OrderOutcome {
        try requireReleased()
        let text =
            "no carrier scan for \(fact.silentDays) days (\(fact.carrier) \(fact.trackingNumber)); "
            + "supplier \(fact.supplierID) asked to follow up"
        guard note(text, cause: .shipmentStalled, at: fact.at) else { return .none }
        guard status.isOnItsWay else { return .none }
        let number = timeline.count { $0.cause == .shipmentStalled }
        return OrderOutcome(notices: [.stalled(fact, number: number)])
    }

    /// The scans R10 tells the customer of; the first scan and the delivery have mails of their own.
    static func customerHears(of kind: ScanKind) -> Bool {
        kind == .outForDelivery || kind == .exception || kind == .returnedToSender
    }

    /// - Throws: `neverReleased` when the order never reached a supplier: no parcel of it can exist.
    func requireReleased() throws(OrderError) {
        guard releasedAt != nil else { throw .neverReleased(id, status) }
    }
}
