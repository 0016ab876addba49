import Contracts
import Foundation

/// A supplier's ship report for one purchase order (R7, R9).
public struct PurchaseOrderShipment: Codable, Hashable, Sendable {
    public var carrier: String
    public var trackingNumber: String
    public var at: Date
    /// Shipped within 48 hours of the purchase order and never withdrawn (R7).
    public var isOnTime: Bool
    /// Set when it shipped after its purchase order closed or the order was cancelled: who bears its cost (R15).
    /// Nil for the order's normal shipment.
    public var costBearer: CostBearer?

    /// A ship report.
    public init(carrier: String, trackingNumber: String, at: Date, isOnTime: Bool, costBearer: CostBearer?) {
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.at = at
        self.isOnTime = isOnTime
        self.costBearer = costBearer
    }
}
