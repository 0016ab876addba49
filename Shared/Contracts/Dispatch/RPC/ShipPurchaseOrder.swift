import Foundation

/// `purchase_orders.ship`: the supplier handed the parcel to a carrier. Refused unless `supplierID` is the supplier
/// that holds the purchase order, the carrier is one of the mesh config's `carriers:` (`CarrierCatalogue`; a service
/// level's full name, such as `Wish Post Standard`, names its carrier) and the tracking number is valid for it
/// (`TrackingNumberVerdict`, R7, R9).
public struct ShipPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier answering: the one the purchase order was sent to.
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// The domain time the parcel went to the carrier; with simulated time Dispatch records it no earlier
    /// (docs/architecture.md §4). Nil from a supplier that does not say.
    public var at: Date?

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, carrier: String, trackingNumber: String,
        at: Date? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.at = at
    }
}
