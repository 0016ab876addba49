import Contracts

/// The parameters of `orders.show`.
public struct OrderReference: Codable, Sendable {
    public var orderID: OrderID

    public init(orderID: OrderID) {
        self.orderID = orderID
    }
}

/// The parameters of `orders.cancel`: the order, and who cancels it: the customer during the hold (R4), or the
/// merchant after release and before shipping (R15). `by` defaults to `customer`.
public struct OrderCancellationRequest: Codable, Sendable {
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

/// The parameters of `orders.list`: optional filters and a page size (default 50, at most 500).
public struct OrderListRequest: Codable, Sendable {
    public static let defaultLimit = 50
    public static let maximumLimit = 500

    public var merchantID: MerchantID?
    /// An `OrderStatus` name, e.g. `under_review`.
    public var status: String?
    public var limit: Int?

    public init(merchantID: MerchantID? = nil, status: String? = nil, limit: Int? = nil) {
        self.merchantID = merchantID
        self.status = status
        self.limit = limit
    }
}

/// The parameters of `orders.unfulfilled`: the merchant and a page size (default and most 500, oldest first).
public struct UnfulfilledRequest: Codable, Sendable {
    public static let maximumLimit = 500

    public var merchantID: MerchantID
    public var limit: Int?

    public init(merchantID: MerchantID, limit: Int? = nil) {
        self.merchantID = merchantID
        self.limit = limit
    }
}
