import Foundation

/// R11: the order's parcel arrived, by the carrier's scan or the customer's word, whichever came first.
public struct ShipmentDelivered: EventPayload, Equatable {
    public static let eventType = "shipment.delivered"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var evidence: DeliveryEvidence
    /// Whether the order falls under Confirmed Delivery (R9, R12).
    public var requiresConfirmedDelivery: Bool
    public var at: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, evidence: DeliveryEvidence, requiresConfirmedDelivery: Bool,
        at: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.evidence = evidence
        self.requiresConfirmedDelivery = requiresConfirmedDelivery
        self.at = at
    }
}
