import Foundation

/// `inventory.reserve`: the one synchronous hop of placement (ARCHITECTURE §2). Idempotent on `orderID`;
/// a reservation that no `order.placed` confirms within `ttlSeconds` is released.
///
/// Refusals: `RPCFailure` code `sold_out` or `insufficient_stock` (field `quantity`), `not_found` (field
/// `listingID` or `sku`), `inactive` (field `listingID`), `above_limit` (field `quantity`).
public struct ReserveStockRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var ttlSeconds: Int

    public init(orderID: OrderID, listingID: ListingID, sku: String, quantity: Int, ttlSeconds: Int) {
        self.orderID = orderID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.ttlSeconds = ttlSeconds
    }
}

/// The reservation `inventory.reserve` made (or had made for the same order).
public struct ReserveStockResult: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var expiresAt: Date
    /// Units of the SKU still available after this reservation.
    public var available: Int

    public init(orderID: OrderID, expiresAt: Date, available: Int) {
        self.orderID = orderID
        self.expiresAt = expiresAt
        self.available = available
    }
}

/// `inventory.stock_feed`: a supplier pushes its stock counts (R16); the same shape is read from the pulled
/// feed files every 15 minutes.
public struct StockFeed: Codable, Sendable, Hashable {
    public var supplierID: SupplierID
    public var items: [StockFeedItem]

    public init(supplierID: SupplierID, items: [StockFeedItem]) {
        self.supplierID = supplierID
        self.items = items
    }
}

/// One SKU's count in a stock feed.
public struct StockFeedItem: Codable, Sendable, Hashable {
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var referenceLevel: Int

    public init(listingID: ListingID, sku: String, quantity: Int, referenceLevel: Int) {
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.referenceLevel = referenceLevel
    }
}
