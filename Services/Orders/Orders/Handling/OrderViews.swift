import Contracts
import Foundation

/// An order as `orders.place`, `orders.cancel` and `orders.list` answer it.
public struct OrderSummary: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var status: OrderStatus
    /// What the customer pays, in minor units.
    public var total: Money
    public var placedAt: Date
    /// Until when the customer may cancel (R4, R15): the end of the hold, once Fraud Hold has said, while the
    /// order is still in it.
    public var cancelUntil: Date?

    public init(_ order: Order) {
        orderID = order.id
        merchantID = order.merchantID
        listingID = order.listingID
        sku = order.sku
        quantity = order.quantity
        status = order.status
        total = order.total
        placedAt = order.placedAt
        cancelUntil = order.cancelUntil
    }
}

/// An order as `orders.show` answers it: the whole order, its timeline and where its release stands (R5).
public struct OrderDetail: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var unitPrice: Money
    public var total: Money
    public var status: OrderStatus
    public var customerName: String
    public var customerEmail: String
    public var shippingAddress: Address
    public var placedAt: Date
    /// As in `OrderSummary`.
    public var cancelUntil: Date?
    public var releasedAt: Date?
    /// Every status change with its domain time and cause, oldest first.
    public var timeline: [TimelineEntry]
    /// The facts R5 waits for, as they stand.
    public var releaseConditions: ReleaseConditions
    /// The conditions not met yet, while the order waits for release; empty otherwise.
    public var unmetConditions: [ReleaseCondition]

    public init(_ order: Order) {
        orderID = order.id
        merchantID = order.merchantID
        listingID = order.listingID
        sku = order.sku
        quantity = order.quantity
        unitPrice = order.unitPrice
        total = order.total
        status = order.status
        customerName = order.customerName
        customerEmail = order.customerEmail
        shippingAddress = order.shippingAddress
        placedAt = order.placedAt
        cancelUntil = order.cancelUntil
        releasedAt = order.releasedAt
        timeline = order.timeline
        releaseConditions = order.conditions
        unmetConditions = order.status.isInHold ? order.conditions.unmet : []
    }
}

/// The answer of `orders.list`: the latest orders first.
public struct OrderList: Codable, Sendable, Equatable {
    public var orders: [OrderSummary]
}

/// The answer of `orders.unfulfilled`: a merchant's Unfulfilled Orders queue, oldest release first (R5).
public struct UnfulfilledQueueView: Codable, Sendable, Equatable {
    public var merchantID: MerchantID
    /// How many orders the queue holds; `orders` is its oldest page.
    public var total: Int
    public var orders: [UnfulfilledOrder]
}

extension Order {
    /// Until when the customer may cancel (R4, R15): the hold's end, once known, while the order is in its hold.
    var cancelUntil: Date? { status.isInHold ? conditions.holdUntil : nil }
}
