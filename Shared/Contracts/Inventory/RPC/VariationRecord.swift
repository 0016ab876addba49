/// One variation (SKU) of a listing.
public struct VariationRecord: Codable, Sendable, Hashable {
    /// The most suppliers a variation can name: the merchant's first choice and up to 3 backups (R6).
    public static let maxSuppliers = 4

    public var sku: String
    public var price: Money
    /// Units available when loaded; a later load does not reset reservations, it sets the available count.
    public var stock: Int
    /// The suppliers that can ship it, in the merchant's order of preference (at most `maxSuppliers`); empty
    /// when the merchant has named none yet. Dispatch chooses among them (R6).
    public var suppliers: [SupplierOfferRecord]

    public init(sku: String, price: Money, stock: Int, suppliers: [SupplierOfferRecord] = []) {
        self.sku = sku
        self.price = price
        self.stock = stock
        self.suppliers = suppliers
    }

    enum CodingKeys: String, CodingKey {
        case sku, price, stock, suppliers
    }

    /// Decodes a variation; `suppliers` may be left out.
    public init(from decoder: any Decoder) throws {
        let container = try decoder.container(keyedBy: CodingKeys.self)
        sku = try container.decode(String.self, forKey: .sku)
        price = try container.decode(Money.self, forKey: .price)
        stock = try container.decode(Int.self, forKey: .stock)
        suppliers = try container.decodeIfPresent([SupplierOfferRecord].self, forKey: .suppliers) ?? []
    }
}
