import Foundation

/// What `inventory.stock_feed` applied (R16).
public struct StockFeedResult: Codable, Sendable, Hashable {
    /// Items in the feed.
    public var items: Int
    /// Items that changed the supplier's last report (`supplier_stock.updated`).
    public var updated: Int
    /// Low-stock crossings the feed caused (`supplier_stock.ran_low`).
    public var lowStockAlerts: Int

    public init(items: Int, updated: Int, lowStockAlerts: Int) {
        self.items = items
        self.updated = updated
        self.lowStockAlerts = lowStockAlerts
    }
}
