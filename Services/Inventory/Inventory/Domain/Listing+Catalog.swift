import Contracts
import Foundation

/// The catalogue (`inventory.load`): a listing is created from its record, and a later load changes its terms.
extension Listing {
    /// A new listing as the catalogue describes it: each variation starts with its `stock` units available.
    /// - Throws: `duplicateSKU`, `negativeStock`.
    public init(record: ListingRecord) throws(StockError) {
        try self.init(
            id: record.id, merchantID: record.merchantID, title: record.title, isActive: record.isActive,
            perOrderLimit: record.perOrderLimit,
            variations: record.variations.map { Variation(sku: $0.sku, price: $0.price, available: $0.stock) })
    }

    /// A later load of the listing: new title, per-order limit, active flag and prices; variations it names for
    /// the first time are added; variations it leaves out are kept as they are (their reservations still hold).
    ///
    /// A variation's `stock` is the merchant's count of units not yet claimed by a purchase order, the same model
    /// as a supplier report (`applySupplierStock`): it sets `available = max(0, stock − reserved)`. Reservations
    /// keep their units and `sold` does not enter, so loading the same catalogue twice changes nothing, and a
    /// load never frees units that placed orders hold. A new variation starts with `stock` available. A variation
    /// that suppliers report on gets this availability until their next report sets it again.
    /// - Returns: the Sold Out crossings the new stock causes (R2).
    /// - Throws: `duplicateSKU`, `negativeStock`; nothing changes then.
    public mutating func applyTerms(_ record: ListingRecord, at: Date) throws(StockError) -> [InventoryEvent] {
        var seen: Set<String> = []
        for variation in record.variations {
            guard seen.insert(variation.sku).inserted else { throw .duplicateSKU(variation.sku) }
            guard variation.stock >= 0 else { throw .negativeStock(sku: variation.sku, available: variation.stock) }
        }
        let before = variations
        title = record.title
        isActive = record.isActive
        perOrderLimit = record.perOrderLimit
        for terms in record.variations {
            if let index = variations.firstIndex(where: { $0.sku == terms.sku }) {
                variations[index].price = terms.price
                variations[index].available = max(0, terms.stock - variations[index].reserved)
            } else {
                variations.append(Variation(sku: terms.sku, price: terms.price, available: terms.stock))
            }
        }
        return soldOutCrossings(since: before, at: at)
    }
}
