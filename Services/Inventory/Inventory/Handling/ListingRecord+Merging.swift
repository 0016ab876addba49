import Contracts

extension ListingRecord {
    /// This stored record with a later load's terms: its title, limit and active flag, and its variations
    /// replacing those of the same SKU, new ones appended (a load never removes a variation).
    func merging(_ later: ListingRecord) -> ListingRecord {
        var merged = later
        merged.variations = variations
        for variation in later.variations {
            if let index = merged.variations.firstIndex(where: { $0.sku == variation.sku }) {
                merged.variations[index] = variation
            } else {
                merged.variations.append(variation)
            }
        }
        return merged
    }
}
