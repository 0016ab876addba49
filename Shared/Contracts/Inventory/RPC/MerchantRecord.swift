// The catalogue as an operator loads it (`dropline catalog load FILE`, RPC `inventory.load`) and as
// `catalog.*` events carry it.

/// A merchant: who sells, under which brand, and where returns go.
public struct MerchantRecord: Codable, Sendable, Hashable {
    public var id: MerchantID
    /// The brand shown to customers (packing lists, emails).
    public var name: String
    public var email: String
    public var returnAddress: Address
    /// BCP 47 language of the merchant's documents and emails, e.g. `en`, `pt`.
    public var language: String?

    public init(id: MerchantID, name: String, email: String, returnAddress: Address, language: String? = nil) {
        self.id = id
        self.name = name
        self.email = email
        self.returnAddress = returnAddress
        self.language = language
    }
}
