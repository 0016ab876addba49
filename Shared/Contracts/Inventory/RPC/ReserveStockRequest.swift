import Foundation

/// `inventory.reserve`: the one synchronous hop of placement (docs/architecture.md §2). Idempotent on `orderID`;
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
