/// The parameters of `orders.show`: the order to show.
public struct OrderReference: Codable, Sendable, Hashable {
    public var orderID: OrderID

    public init(orderID: OrderID) {
        self.orderID = orderID
    }
}
