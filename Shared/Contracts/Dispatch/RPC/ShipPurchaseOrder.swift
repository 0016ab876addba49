import Foundation

/// `purchase_orders.ship`: the supplier handed the parcel to a carrier.
public struct ShipPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var carrier: String
    public var trackingNumber: String

    public init(purchaseOrderID: PurchaseOrderID, carrier: String, trackingNumber: String) {
        self.purchaseOrderID = purchaseOrderID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
    }
}
