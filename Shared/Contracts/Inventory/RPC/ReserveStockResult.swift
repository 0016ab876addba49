import Foundation

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
