import Foundation

// The results of Inventory's catalogue and feed RPCs, and the parameters and results of its read RPCs
// (`inventory.listing`, `inventory.listings`), shared by every client (the CLI, the gateway).

/// What `inventory.load` did with each kind of record.
public struct CatalogLoadResult: Codable, Sendable, Hashable {
    public var merchants: UpsertCounts
    public var suppliers: UpsertCounts
    public var listings: UpsertCounts

    public init(merchants: UpsertCounts = .init(), suppliers: UpsertCounts = .init(), listings: UpsertCounts = .init())
    {
        self.merchants = merchants
        self.suppliers = suppliers
        self.listings = listings
    }
}
