/// The parameters of `orders.cancel`: the order, and who cancels it: the customer during the hold (R4), or the
/// merchant after release and before shipping (R15). `by` defaults to `customer`.
public struct OrderCancellationRequest: Codable, Sendable, Hashable {
    /// Who cancels an order.
    public enum Canceller: String, Codable, Sendable {
        case customer, merchant
    }

    public var orderID: OrderID
    public var by: Canceller?

    public init(orderID: OrderID, by: Canceller? = nil) {
        self.orderID = orderID
        self.by = by
    }
}
