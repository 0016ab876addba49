import Foundation

/// R16: a supplier's stock report for a SKU changed; `available` is the SKU's availability after it.
public struct SupplierStockUpdated: EventPayload, Equatable {
    public static let eventType = "supplier_stock.updated"
    public var listingID: ListingID
    public var supplierID: SupplierID
    public var sku: String
    public var quantity: Int
    public var referenceLevel: Int
    public var available: Int
    public var at: Date

    public init(
        listingID: ListingID, supplierID: SupplierID, sku: String, quantity: Int, referenceLevel: Int,
        available: Int, at: Date
    ) {
        self.listingID = listingID
        self.supplierID = supplierID
        self.sku = sku
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.available = available
        self.at = at
    }
}
