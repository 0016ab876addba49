/// The body of `dispatch.show` and `dispatch.retry`: the order whose dispatch is meant.
public struct DispatchReference: Codable, Sendable, Equatable {
    public var orderID: OrderID

    public init(orderID: OrderID) { self.orderID = orderID }
}
