import Contracts
import GRDB
import InputRules

/// Checks a whole `CatalogLoad` before anything is written: every fault is a `FieldError` with its path
/// (`listings[2].variations[0].stock`), and one fault refuses the whole load.
///
/// The catalogue is held to the rules every door shares (`InputRules`): ids in their form (`IdentifierRule`),
/// every text field under the one text policy (`TextRule`, as placement), amounts within `AmountBounds`, counts
/// within `QuantityBounds`, countries in ISO 3166-1, languages as `LanguageTagRule` says, and the HS code that
/// every purchase order's commercial invoice needs (R9). The parties are checked in `+Parties`, the listings'
/// variations, offers and customs facts in `+Listings`.
struct CatalogValidation {
    private(set) var errors: [FieldError] = []

    /// The faults of `catalog`, given what the store already holds.
    static func check(_ catalog: CatalogLoad, in db: Database) throws -> [FieldError] {
        var validation = CatalogValidation()
        try validation.run(catalog, db)
        return validation.errors
    }

    private mutating func run(_ catalog: CatalogLoad, _ db: Database) throws {
        var merchantIDs: Set<MerchantID> = []
        for (index, merchant) in catalog.merchants.enumerated() {
            let path = "merchants[\(index)]"
            checkID(merchant.id.rawValue, path: path, unique: merchantIDs.insert(merchant.id).inserted)
            checkMerchant(merchant, path: path)
        }
        var supplierIDs: Set<SupplierID> = []
        for (index, supplier) in catalog.suppliers.enumerated() {
            let path = "suppliers[\(index)]"
            checkID(supplier.id.rawValue, path: path, unique: supplierIDs.insert(supplier.id).inserted)
            checkParty(name: supplier.name, email: supplier.email, path: path)
        }
        var listingIDs: Set<ListingID> = []
        for (index, listing) in catalog.listings.enumerated() {
            let path = "listings[\(index)]"
            checkID(listing.id.rawValue, path: path, unique: listingIDs.insert(listing.id).inserted)
            let stored = try CatalogRecords.listingRecord(listing.id, in: db)
            if let refusal = IdentifierRule.refusal(of: listing.merchantID.rawValue) {
                fail("\(path).merchantID", refusal)
            } else if let stored, stored.merchantID != listing.merchantID {
                fail("\(path).merchantID", "listing \(listing.id) belongs to merchant \(stored.merchantID)")
            } else if !merchantIDs.contains(listing.merchantID),
                try CatalogRecords.merchant(listing.merchantID, in: db) == nil
            {
                fail("\(path).merchantID", "no merchant \(listing.merchantID); add it under merchants")
            }
            text(TextRule.listingTitle, listing.title, "\(path).title")
            checkPerOrderLimit(listing.perOrderLimit, path: "\(path).perOrderLimit")
            require(
                stored != nil || !listing.variations.isEmpty, "\(path).variations",
                "a new listing needs at least one variation")
            checkCustoms(listing, path: path)
            try checkVariations(listing.variations, path: path, suppliers: supplierIDs, db)
        }
    }

    /// At least 1 (R1), at most `QuantityBounds.maxUnitsPerOrder`.
    private mutating func checkPerOrderLimit(_ limit: Int, path: String) {
        if limit < 1 {
            fail(path, "must be at least 1")
        } else {
            let most = QuantityBounds.maxUnitsPerOrder
            require(limit <= most, path, "must be at most \(most)")
        }
    }

    /// A record's id: in the id form, and named once in the load.
    private mutating func checkID(_ id: String, path: String, unique: Bool) {
        if let refusal = IdentifierRule.refusal(of: id) {
            fail("\(path).id", refusal)
        } else {
            require(unique, "\(path).id", "\(id) appears twice in the load")
        }
    }

    /// Refuses `value` at `field` when the text policy's `rule` does.
    mutating func text(_ rule: TextRule, _ value: String?, _ field: String) {
        if let refusal = rule.refusal(of: value) { fail(field, refusal) }
    }

    mutating func require(_ condition: Bool, _ field: String, _ reason: String) {
        if !condition { fail(field, reason) }
    }

    mutating func fail(_ field: String, _ reason: String) {
        errors.append(FieldError(field: field, reason: reason))
    }
}
