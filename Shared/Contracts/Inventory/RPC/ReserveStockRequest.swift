import Foundation

/// `inventory.reserve`: the one synchronous hop of placement (docs/architecture.md §2). Idempotent on `orderID`,
/// and on `idempotencyKey` when given; a reservation that no `order.placed` confirms within `ttlSeconds` is
/// released.
///
/// With an `idempotencyKey` (the placement's own), the key names one reservation for good: a request whose key
/// already reserved the same listing, SKU and quantity gets that reservation back, under the order id it was made
/// for (which the answer names, whatever `orderID` this request gave), and nothing more is reserved. If that
/// reservation had expired, the units are reserved again for the same order id. A request whose key reserved
/// another listing, SKU or quantity is refused and reserves nothing.
///
/// Refusals: `RPCFailure` code `sold_out` or `insufficient_stock` (field `quantity`), `not_found` (field
/// `listingID` or `sku`), `inactive` (field `listingID`), `above_limit` (field `quantity`), `conflict` (field
/// `idempotencyKey`: the key reserved something else; field `orderID` or `listingID`: the order reserved something
/// else).
public struct ReserveStockRequest: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var ttlSeconds: Int
    /// The placement's idempotency key, when its client gave one: a retried placement gets the reservation of its
    /// first attempt, even after the process that made it died before storing the order.
    public var idempotencyKey: String?

    public init(
        orderID: OrderID, listingID: ListingID, sku: String, quantity: Int, ttlSeconds: Int,
        idempotencyKey: String? = nil
    ) {
        self.orderID = orderID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.ttlSeconds = ttlSeconds
        self.idempotencyKey = idempotencyKey
    }
}
