import Foundation

/// The answer to `tracking.show`: an order's parcel and deadlines (R8-R12). An order released and not shipped has
/// its deadlines and no shipment fields; a shipped order has its carrier, the choice Dispatch made and why, the
/// expected window and every scan, oldest first.
public struct ShipmentView: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var status: TrackingStatus
    /// When the order was released (R5); nil when Tracking learnt of the shipment before the release.
    public var releasedAt: Date?
    public var purchaseOrderID: PurchaseOrderID?
    public var supplierID: SupplierID?
    /// The carrier the supplier shipped with.
    public var carrier: String?
    public var trackingNumber: String?
    /// The service level Dispatch asked for and why (R9); nil when the purchase order named none.
    public var choice: ShippingChoice?
    /// Whether the supplier shipped with another carrier than `choice` names.
    public var isCarrierMismatch: Bool
    public var destination: CountryCode?
    public var shippedAt: Date?
    public var expectedDelivery: DeliveryWindow?
    /// The latest scan's kind; nil before the first scan.
    public var latestScan: ScanKind?
    public var scans: [ScanEntry]
    /// R8 shipped, R10 confirmed fulfilled, R12 confirmed fulfilled within the eligibility window.
    public var deadlines: [DeadlineView]
    public var infractions: [InfractionRecorded]
    /// The first scan's time (R10).
    public var confirmedFulfilledAt: Date?
    /// Within 7 days of release (R10); nil before the first scan.
    public var isConfirmedWithinDeadline: Bool?
    /// Within 30 days of release (R12); nil before the first scan.
    public var isConfirmedWithinEligibilityWindow: Bool?
    public var deliveredAt: Date?
    public var deliveryEvidence: DeliveryEvidence?
    /// When the parcel was last reported stalled, if it has not been scanned since.
    public var stalledAt: Date?

    public init(
        orderID: OrderID, merchantID: MerchantID, status: TrackingStatus, releasedAt: Date?,
        purchaseOrderID: PurchaseOrderID? = nil, supplierID: SupplierID? = nil, carrier: String? = nil,
        trackingNumber: String? = nil, choice: ShippingChoice? = nil, isCarrierMismatch: Bool = false,
        destination: CountryCode? = nil, shippedAt: Date? = nil, expectedDelivery: DeliveryWindow? = nil,
        latestScan: ScanKind? = nil, scans: [ScanEntry] = [], deadlines: [DeadlineView] = [],
        infractions: [InfractionRecorded] = [], confirmedFulfilledAt: Date? = nil,
        isConfirmedWithinDeadline: Bool? = nil, isConfirmedWithinEligibilityWindow: Bool? = nil,
        deliveredAt: Date? = nil, deliveryEvidence: DeliveryEvidence? = nil, stalledAt: Date? = nil
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.status = status
        self.releasedAt = releasedAt
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.choice = choice
        self.isCarrierMismatch = isCarrierMismatch
        self.destination = destination
        self.shippedAt = shippedAt
        self.expectedDelivery = expectedDelivery
        self.latestScan = latestScan
        self.scans = scans
        self.deadlines = deadlines
        self.infractions = infractions
        self.confirmedFulfilledAt = confirmedFulfilledAt
        self.isConfirmedWithinDeadline = isConfirmedWithinDeadline
        self.isConfirmedWithinEligibilityWindow = isConfirmedWithinEligibilityWindow
        self.deliveredAt = deliveredAt
        self.deliveryEvidence = deliveryEvidence
        self.stalledAt = stalledAt
    }
}
