import Foundation

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
    /// Every status change with its domain time and cause, and the notes of the facts that changed no status
    /// (carrier scans, a stalled parcel, infractions), oldest first.
    public var timeline: [TimelineEntry]
    /// The facts R5 waits for, as they stand.
    public var releaseConditions: ReleaseConditionsView
    /// The conditions not met yet, while the order waits for release; empty otherwise.
    public var unmetConditions: [ReleaseCondition]

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int, unitPrice: Money,
        total: Money, status: OrderStatus, customerName: String, customerEmail: String, shippingAddress: Address,
        placedAt: Date, cancelUntil: Date? = nil, releasedAt: Date? = nil, timeline: [TimelineEntry],
        releaseConditions: ReleaseConditionsView, unmetConditions: [ReleaseCondition]
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.total = total
        self.status = status
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.shippingAddress = shippingAddress
        self.placedAt = placedAt
        self.cancelUntil = cancelUntil
        self.releasedAt = releasedAt
        self.timeline = timeline
        self.releaseConditions = releaseConditions
        self.unmetConditions = unmetConditions
    }
}
