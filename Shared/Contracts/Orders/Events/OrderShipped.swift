import Foundation

/// R7, R9: the supplier shipped the order; the customer is told the carrier and tracking number.
public struct OrderShipped: EventPayload, Equatable {
    public static let eventType = "order.shipped"
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, supplierID: SupplierID, carrier: String, trackingNumber: String, at: Date,
        followUps: [FollowUp] = [.notifyCustomer]
    ) {
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.at = at
        self.followUps = followUps
    }
}
