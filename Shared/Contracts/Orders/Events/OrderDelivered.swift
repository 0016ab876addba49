import Foundation

/// R11: the order is `delivered`, by the carrier's delivery scan or the customer's confirmation, whichever came
/// first; after a carrier's scan the customer is told.
public struct OrderDelivered: EventPayload, Equatable {
    public static let eventType = "order.delivered"
    public var orderID: OrderID
    public var evidence: DeliveryEvidence
    /// Whether the order falls under Confirmed Delivery (R9, R12), as Tracking said; nil when the customer's
    /// confirmation came first (Orders does not know it).
    public var requiresConfirmedDelivery: Bool?
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, evidence: DeliveryEvidence, requiresConfirmedDelivery: Bool?, at: Date,
        followUps: [FollowUp]
    ) {
        self.orderID = orderID
        self.evidence = evidence
        self.requiresConfirmedDelivery = requiresConfirmedDelivery
        self.at = at
        self.followUps = followUps
    }
}
