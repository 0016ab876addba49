import Contracts
import Foundation

/// A merchant's listing as Inventory counts it: its variations' units and the reservations that hold them
/// (R2, R16).
///
/// A pure state machine: each operation (`Listing+Reservations.swift`, `Listing+SupplierStock.swift`) takes
/// values and a domain time and returns the facts to publish. No sequence of calls can oversell: a
/// reservation takes only units that are available, and `available` never goes below 0. Serialising
/// concurrent placements is the store's job (one SQLite writer).
public struct Listing: Sendable, Equatable, Codable {
    /// R1's per-order limit when the merchant sets none.
    public static let defaultPerOrderLimit = 10
    /// R16: a supplier's stock is low at this percentage of its reference level or below.
    public static let lowStockPercent = 20

    public let id: ListingID
    public let merchantID: MerchantID
    public var title: String
    /// Only an active listing takes new reservations.
    public var isActive: Bool
    /// The most units one order may reserve.
    public var perOrderLimit: Int
    public internal(set) var variations: [Variation]
    /// Every reservation made on the listing, by order id, in any state (the idempotency record).
    public internal(set) var reservations: [OrderID: Reservation] = [:]

    /// A new listing with no reservations.
    /// - Throws: `duplicateSKU` or `negativeStock` for an inconsistent variation list.
    public init(
        id: ListingID, merchantID: MerchantID, title: String, isActive: Bool = true,
        perOrderLimit: Int = Listing.defaultPerOrderLimit, variations: [Variation]
    ) throws(StockError) {
        var seen: Set<String> = []
        for variation in variations {
            guard seen.insert(variation.sku).inserted else { throw .duplicateSKU(variation.sku) }
            guard variation.available >= 0 else {
                throw .negativeStock(sku: variation.sku, available: variation.available)
            }
        }
        self.id = id
        self.merchantID = merchantID
        self.title = title
        self.isActive = isActive
        self.perOrderLimit = perOrderLimit
        self.variations = variations
    }

    /// The variation with `sku`, if the listing has it.
    public func variation(_ sku: String) -> Variation? {
        variations.first { $0.sku == sku }
    }

    /// R2: every variation is sold out.
    public var isSoldOut: Bool { variations.allSatisfy(\.isSoldOut) }

    /// The index of `sku`'s variation.
    func index(of sku: String) throws(StockError) -> Int {
        guard let index = variations.firstIndex(where: { $0.sku == sku }) else { throw .unknownSKU(sku) }
        return index
    }

    /// The Sold Out crossings between `before` (the variations at the start of an operation) and now (R2).
    func soldOutCrossings(since before: [Variation], at: Date) -> [InventoryEvent] {
        zip(before, variations).compactMap { old, new in
            precondition(new.available >= 0 && new.reserved >= 0, "negative units of \(new.sku)")
            switch (old.isSoldOut, new.isSoldOut) {
            case (false, true):
                return .soldOut(ListingSoldOut(listingID: id, sku: new.sku, at: at))
            case (true, false):
                return .backInStock(ListingBackInStock(listingID: id, sku: new.sku, available: new.available, at: at))
            default:
                return nil
            }
        }
    }
}
