/// Parameters of `payments.show`: the order whose payment authorisation to show (R3).
public struct PaymentReference: Codable, Sendable, Hashable {
    public var orderID: OrderID

    public init(orderID: OrderID) {
        self.orderID = orderID
    }
}
