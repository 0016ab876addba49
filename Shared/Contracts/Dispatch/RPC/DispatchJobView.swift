import Foundation

/// `dispatch.show`'s answer, and the answer of `dispatch.retry` and `dispatch.report_problem`: an order's dispatch
/// and every purchase order of it (R6, R7, R15).
public struct DispatchJobView: Codable, Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var releasedAt: Date
    /// A `DispatchStatus` name, e.g. `awaiting_shipment`.
    public var status: String
    /// When an exhausted dispatch will be abandoned and the order refunded.
    public var refundAt: Date?
    /// Oldest first; only the last can be open.
    public var purchaseOrders: [DispatchPurchaseOrderView]

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int, releasedAt: Date,
        status: String, refundAt: Date? = nil, purchaseOrders: [DispatchPurchaseOrderView]
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.releasedAt = releasedAt
        self.status = status
        self.refundAt = refundAt
        self.purchaseOrders = purchaseOrders
    }
}
