import Contracts

/// A party a document names: the merchant (brand and return address, R6) or the customer (name and ship-to).
public struct DocumentParty: Codable, Sendable, Equatable {
    /// The merchant's brand, or the customer's name.
    public var name: String
    public var address: Address

    /// A party from its name and address.
    public init(name: String, address: Address) {
        self.name = name
        self.address = address
    }
}
