import Foundation

/// The reservation `inventory.reserve` made, or had made before for the same order or the same idempotency key.
public struct ReserveStockResult: Codable, Sendable, Hashable {
    /// The order the reservation holds the units for: the request's `orderID`, or, when the request's idempotency
    /// key had already reserved, the order id of that first reservation. The caller stores its order under this id.
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
