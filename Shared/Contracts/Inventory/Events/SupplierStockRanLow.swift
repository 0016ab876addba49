import Foundation

/// R16: a supplier's stock of a SKU fell to Inventory's low-stock percentage of its reference level or below.
/// The supplier and the merchant are the recipients; sent once per crossing.
public struct SupplierStockRanLow: EventPayload, Equatable {
    public static let eventType = "supplier_stock.ran_low"
    public var listingID: ListingID
    public var sku: String
    public var supplierID: SupplierID
    public var merchantID: MerchantID
    public var quantity: Int
    public var referenceLevel: Int
    public var at: Date

    public init(
        listingID: ListingID, sku: String, supplierID: SupplierID, merchantID: MerchantID, quantity: Int,
        referenceLevel: Int, at: Date
    ) {
        self.listingID = listingID
        self.sku = sku
        self.supplierID = supplierID
        self.merchantID = merchantID
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.at = at
    }
}
