/// A listing's terms: title, variations with prices and starting stock, per-order limit, and what its purchase
/// orders and customs documents need (R6, R9).
public struct ListingRecord: Codable, Sendable, Hashable {
    public var id: ListingID
    public var merchantID: MerchantID
    public var title: String
    public var isActive: Bool
    /// Most units of one variation per order (R1, default 10).
    public var perOrderLimit: Int
    public var variations: [VariationRecord]
    /// The 6-digit Harmonized System code of the product, verified against the HS nomenclature (R9).
    public var hsCode: String?
    /// ISO 3166-1 alpha-2 country the goods are made in, for the commercial invoice (R9).
    public var originCountry: String?
    /// The merchant's packaging instructions, carried by every purchase order (R6).
    public var packagingInstructions: String?

    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool = true, perOrderLimit: Int = 10,
        variations: [VariationRecord], hsCode: String? = nil, originCountry: String? = nil,
        packagingInstructions: String? = nil
    ) {
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.variations = variations
        self.hsCode = hsCode
        self.originCountry = originCountry
        self.packagingInstructions = packagingInstructions
    }
}
