import Foundation

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
