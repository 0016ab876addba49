import Foundation

/// One variation's units: every unit is available, reserved or sold (R2); and its suppliers' last reports (R16).
public struct VariationStockView: Codable, Sendable, Hashable {
    public var sku: String
    public var price: Money
    public var available: Int
    public var reserved: Int
    public var sold: Int
    /// The catalogue's suppliers for the SKU, in the merchant's order of preference (R6).
    public var suppliers: [SupplierOfferRecord]
    /// Each supplier's last report, by supplier id.
    public var supplierStock: [SupplierStockView]

    public init(
        sku: String, price: Money, available: Int, reserved: Int, sold: Int,
        suppliers: [SupplierOfferRecord], supplierStock: [SupplierStockView]
    ) {
        self.sku = sku
        self.price = price
        self.available = available
        self.reserved = reserved
        self.sold = sold
        self.suppliers = suppliers
        self.supplierStock = supplierStock
    }
}
