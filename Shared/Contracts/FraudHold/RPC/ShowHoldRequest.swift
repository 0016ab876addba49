/// Parameters of `fraud.show`: one order's hold (R4).
public struct ShowHoldRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID

    public init(orderID: OrderID) {
        self.orderID = orderID
    }
}
