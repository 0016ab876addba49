import Foundation

/// `purchase_orders.ship`: the supplier handed the parcel to a carrier.
public struct ShipPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var carrier: String
    public var trackingNumber: String
    /// The domain time the parcel went to the carrier; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(purchaseOrderID: PurchaseOrderID, carrier: String, trackingNumber: String, at: Date? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.at = at
    }
}
