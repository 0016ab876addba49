import Foundation

/// `sim.shipped` on the simulator's stream: the simulated supplier handed the parcel to a carrier (R7, R9).
public struct SimShipped: EventPayload, Equatable {
    public static let eventType = "sim.shipped"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// More than 48 hours after receipt (R7).
    public var isLate: Bool
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, carrier: String, trackingNumber: String,
        isLate: Bool, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.isLate = isLate
        self.at = at
    }
}
