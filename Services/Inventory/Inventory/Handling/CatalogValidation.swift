import Contracts
import Foundation
import GRDB
import Mail

/// Checks a whole `CatalogLoad` before anything is written: every fault is a `FieldError` with its path
/// (`listings[2].variations[0].stock`), and one fault refuses the whole load.
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
            checkParty(name: merchant.name, email: merchant.email, path: path)
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
            if let stored, stored.merchantID != listing.merchantID {
                fail("\(path).merchantID", "listing \(listing.id) belongs to merchant \(stored.merchantID)")
            } else if !merchantIDs.contains(listing.merchantID),
                try CatalogRecords.merchant(listing.merchantID, in: db) == nil
            {
                fail("\(path).merchantID", "no merchant \(listing.merchantID); add it under merchants")
            }
            require(!listing.title.trimmingCharacters(in: .whitespaces).isEmpty, "\(path).title", "must not be empty")
            require(!listing.title.contains(where: \.isNewline), "\(path).title", "must be a single line")
            require(listing.perOrderLimit >= 1, "\(path).perOrderLimit", "must be at least 1")
            require(
                stored != nil || !listing.variations.isEmpty, "\(path).variations",
                "a new listing needs at least one variation")
            checkCustoms(listing, path: path)
            try checkVariations(listing.variations, path: path, suppliers: supplierIDs, db)
        }
    }

    private mutating func checkVariations(
        _ variations: [VariationRecord], path: String, suppliers: Set<SupplierID>, _ db: Database
    ) throws {
        var skus: Set<String> = []
        for (index, variation) in variations.enumerated() {
            let path = "\(path).variations[\(index)]"
            if variation.sku.trimmingCharacters(in: .whitespaces).isEmpty {
                fail("\(path).sku", "must not be empty")
            } else {
                require(
                    skus.insert(variation.sku).inserted, "\(path).sku", "\(variation.sku) appears twice in the listing")
                require(!variation.sku.contains(where: \.isNewline), "\(path).sku", "must be a single line")
            }
            require(variation.price.minorUnits >= 0, "\(path).price", "must not be negative")
            if variation.stock < 0 {
                fail("\(path).stock", "must not be negative, got \(variation.stock)")
            } else {
                require(
                    variation.stock <= Listing.maxReportedUnits, "\(path).stock",
                    "must be at most \(Listing.maxReportedUnits)")
            }
            try checkOffers(variation.suppliers, path: "\(path).suppliers", suppliers: suppliers, db)
        }
    }

    /// R6: at most three suppliers per variation, each known and named once, with costs that are not negative
    /// and share one currency; R16: a reference level in range.
    private mutating func checkOffers(
        _ offers: [SupplierOfferRecord], path: String, suppliers: Set<SupplierID>, _ db: Database
    ) throws {
        require(
            offers.count <= VariationRecord.maxSuppliers, path,
            "names \(offers.count) suppliers; at most \(VariationRecord.maxSuppliers) (a first choice and its backups)")
        var named: Set<SupplierID> = []
        for (index, offer) in offers.enumerated() {
            let path = "\(path)[\(index)]"
            if !suppliers.contains(offer.supplierID), try CatalogRecords.supplier(offer.supplierID, in: db) == nil {
                fail("\(path).supplierID", "no supplier \(offer.supplierID); add it under suppliers")
            }
            require(
                named.insert(offer.supplierID).inserted, "\(path).supplierID",
                "\(offer.supplierID) appears twice for this variation")
            for (field, cost) in [
                ("productCost", offer.productCost), ("shippingCost", offer.shippingCost),
                ("processingFee", offer.processingFee),
            ] {
                require(cost.minorUnits >= 0, "\(path).\(field)", "must not be negative")
                require(
                    cost.currency == offer.productCost.currency, "\(path).\(field)",
                    "must be in \(offer.productCost.currency) like productCost")
            }
            if let level = offer.referenceLevel {
                require(
                    (1...Listing.maxReportedUnits).contains(level), "\(path).referenceLevel",
                    "must be 1 to \(Listing.maxReportedUnits)")
            }
        }
    }

    /// R9: what customs documents need, when the listing gives it.
    private mutating func checkCustoms(_ listing: ListingRecord, path: String) {
        if let code = listing.hsCode {
            require(
                HarmonizedSystem.isSubheading(code), "\(path).hsCode",
                "\"\(code)\" is not a 6-digit subheading of the HS 2022 nomenclature")
        }
        if let country = listing.originCountry {
            require(
                CountryCode(country) != nil, "\(path).originCountry",
                "\"\(country)\" is not an ISO 3166-1 alpha-2 country")
        }
        if let instructions = listing.packagingInstructions {
            require(
                instructions.count <= Self.maxInstructionCharacters, "\(path).packagingInstructions",
                "must be at most \(Self.maxInstructionCharacters) characters")
        }
    }

    /// The longest packaging instructions a listing may give.
    static let maxInstructionCharacters = 2_000

    private mutating func checkID(_ id: String, path: String, unique: Bool) {
        if id.isEmpty {
            fail("\(path).id", "must not be empty")
        } else {
            require(unique, "\(path).id", "\(id) appears twice in the load")
        }
    }

    /// A merchant's or supplier's name and email: Inventory mails them (R16), so both must fit a mail header.
    private mutating func checkParty(name: String, email: String, path: String) {
        require(!name.trimmingCharacters(in: .whitespaces).isEmpty, "\(path).name", "must not be empty")
        if let refusal = EmailAddressRule.refusal(of: email) { fail("\(path).email", refusal) }
        require(!name.contains(where: \.isNewline), "\(path).name", "must be a single line")
    }

    private mutating func require(_ condition: Bool, _ field: String, _ reason: String) {
        if !condition { fail(field, reason) }
    }

    private mutating func fail(_ field: String, _ reason: String) {
        errors.append(FieldError(field: field, reason: reason))
    }
}
