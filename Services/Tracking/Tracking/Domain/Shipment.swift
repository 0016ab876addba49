import Contracts
import Foundation

/// A parcel Tracking follows, from the purchase order's shipment to its delivery (R9-R11): values in, facts out.
///
/// Scans move it on: the first confirms the order fulfilled (R10, with R12's 30-day flag), each resets the stall
/// silence, a delivered scan delivers it (R11) and measures its lane. After delivery a scan is still recorded
/// and published but changes nothing else. A customer's confirmation delivers it unless the carrier already did.
public struct Shipment: Sendable, Equatable {
    public var orderID: OrderID
    public var purchaseOrderID: PurchaseOrderID
    public var merchantID: MerchantID
    public var supplierID: SupplierID
    /// The carrier the supplier shipped with, as its ship report wrote it.
    public var carrier: String
    /// Normalised (`TrackingNumberFormat.normalised`).
    public var trackingNumber: String
    public var choice: ShippingChoice?
    public var isCarrierMismatch: Bool
    /// The choice's origin, else the S10 number's posting country; nil when neither says.
    public var origin: CountryCode?
    /// The choice's destination, else the released order's; nil until one is known.
    public var destination: CountryCode?
    public var releasedAt: Date
    public var shippedAt: Date
    public var expectedDelivery: DeliveryWindow
    /// Whether `shipment.registered` was published (it waits for the destination).
    public var isRegistered = false
    public var latestScan: ScanKind?
    /// The latest scan's time, or the shipment's before any scan.
    public var lastHeardAt: Date
    public var firstScanAt: Date?
    public var isConfirmedWithinDeadline: Bool?
    public var isConfirmedWithinEligibilityWindow: Bool?
    public var deliveredAt: Date?
    public var deliveryEvidence: DeliveryEvidence?
    /// When the current silence was reported; nil once a scan breaks it.
    public var stalledAt: Date?

    public init(
        orderID: OrderID, purchaseOrderID: PurchaseOrderID, merchantID: MerchantID, supplierID: SupplierID,
        carrier: String, trackingNumber: String, choice: ShippingChoice?, origin: CountryCode?,
        destination: CountryCode?, releasedAt: Date, shippedAt: Date, expectedDelivery: DeliveryWindow
    ) {
        self.orderID = orderID
        self.purchaseOrderID = purchaseOrderID
        self.merchantID = merchantID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.choice = choice
        self.isCarrierMismatch = choice.map { !Self.names(carrier, $0) } ?? false
        self.origin = origin
        self.destination = destination
        self.releasedAt = releasedAt
        self.shippedAt = shippedAt
        self.expectedDelivery = expectedDelivery
        self.lastHeardAt = shippedAt
    }

    /// A carrier name compared without case and surrounding spaces.
    public static func carrierKey(_ name: String) -> String {
        name.trimmingCharacters(in: .whitespaces).lowercased()
    }

    /// Whether `carrier` is the choice's carrier or service level (`Wish Post`, `Wish Post Standard`).
    static func names(_ carrier: String, _ choice: ShippingChoice) -> Bool {
        let key = carrierKey(carrier)
        return key == carrierKey(choice.carrier) || key == carrierKey(choice.serviceLevel)
    }

    /// Whether a scan reported by `carrier` is this parcel's: its carrier, or the chosen carrier or level.
    public func isCarried(by carrier: String) -> Bool {
        Self.carrierKey(carrier) == Self.carrierKey(self.carrier) || choice.map { Self.names(carrier, $0) } == true
    }

    /// Whether the parcel's follow-up is over.
    public var isDelivered: Bool { deliveredAt != nil }

    /// Whether R9's Confirmed Delivery applies.
    public var requiresConfirmedDelivery: Bool { choice?.requiresConfirmedDelivery ?? false }

    /// `shipment.registered`, once the destination is known and it was not published yet; marks it published.
    public mutating func register() -> ShipmentRegistered? {
        guard !isRegistered, let destination else { return nil }
        isRegistered = true
        return ShipmentRegistered(
            orderID: orderID, purchaseOrderID: purchaseOrderID, merchantID: merchantID, supplierID: supplierID,
            carrier: carrier, trackingNumber: trackingNumber, choice: choice, isCarrierMismatch: isCarrierMismatch,
            destination: destination, expectedDelivery: expectedDelivery, at: shippedAt)
    }

    /// Applies a new scan (the caller made sure its id is new): always `shipment.scanned`; before delivery also the
    /// first scan's confirmation (R10: within `confirmationDays` of release; R12: within 30 days) and a delivered
    /// scan's delivery (R11) with its lane sample.
    public mutating func record(_ scan: CarrierScan, confirmationDays: Int) -> [ShipmentFact] {
        var facts: [ShipmentFact] = [
            .scanned(
                ShipmentScanned(
                    orderID: orderID, carrier: carrier, trackingNumber: trackingNumber, scanID: scan.scanID,
                    kind: scan.kind, location: scan.location, at: scan.at))
        ]
        guard !isDelivered else { return facts }
        latestScan = scan.kind
        lastHeardAt = max(lastHeardAt, scan.at)
        stalledAt = nil
        if firstScanAt == nil {
            firstScanAt = scan.at
            let withinDeadline = DeadlineRule(days: confirmationDays).isMet(at: scan.at, releasedAt: releasedAt)
            let withinWindow = DeadlineRule.eligibilityWindow.isMet(at: scan.at, releasedAt: releasedAt)
            isConfirmedWithinDeadline = withinDeadline
            isConfirmedWithinEligibilityWindow = withinWindow
            facts.append(
                .confirmedFulfilled(
                    ShipmentConfirmedFulfilled(
                        orderID: orderID, merchantID: merchantID, carrier: carrier, trackingNumber: trackingNumber,
                        releasedAt: releasedAt, isWithinDeadline: withinDeadline,
                        isWithinEligibilityWindow: withinWindow, expectedDelivery: expectedDelivery, at: scan.at)))
        }
        if scan.kind == .delivered {
            facts.append(.delivered(deliver(by: .carrier, at: scan.at)))
            if let origin, let destination {
                let key = LaneKey(origin: origin, destination: destination, carrier: carrier)
                facts.append(.laneSample(key, days: Lane.deliveryDays(shippedAt: shippedAt, deliveredAt: scan.at)))
            }
        }
        return facts
    }

    /// R11: the customer confirmed receipt; `shipment.delivered` evidence customer unless already delivered.
    public mutating func customerConfirmedDelivery(at time: Date) -> ShipmentDelivered? {
        guard !isDelivered else { return nil }
        return deliver(by: .customer, at: time)
    }

    /// `shipment.stalled` when the parcel has been silent `afterDays` by `now`, is not delivered and this silence
    /// was not reported yet; marks it reported.
    public mutating func stall(at now: Date, afterDays: Int) -> ShipmentStalled? {
        let silence = now.timeIntervalSince(lastHeardAt)
        guard !isDelivered, stalledAt == nil, silence >= TimeInterval(afterDays) * 86_400 else { return nil }
        stalledAt = now
        return ShipmentStalled(
            orderID: orderID, merchantID: merchantID, supplierID: supplierID, carrier: carrier,
            trackingNumber: trackingNumber, lastHeardAt: lastHeardAt, silentDays: Int(silence / 86_400), at: now)
    }

    private mutating func deliver(by evidence: DeliveryEvidence, at time: Date) -> ShipmentDelivered {
        deliveredAt = time
        deliveryEvidence = evidence
        return ShipmentDelivered(
            orderID: orderID, merchantID: merchantID, evidence: evidence,
            requiresConfirmedDelivery: requiresConfirmedDelivery, at: time)
    }
}
