import Contracts
import GRDB
import InputRules

extension CatalogValidation {
    /// Each variation: its SKU in the id form and once per listing, its price within `AmountBounds` (0 or more),
    /// its stock 0 to `Listing.maxReportedUnits`, and its offers.
    mutating func checkVariations(
        _ variations: [VariationRecord], path: String, suppliers: Set<SupplierID>, _ db: Database
    ) throws {
        var skus: Set<String> = []
        for (index, variation) in variations.enumerated() {
            let path = "\(path).variations[\(index)]"
            if let refusal = IdentifierRule.refusal(of: variation.sku) {
                fail("\(path).sku", refusal)
            } else {
                require(
                    skus.insert(variation.sku).inserted, "\(path).sku", "\(variation.sku) appears twice in the listing")
            }
            amount(variation.price, "\(path).price")
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

    /// R6: at most four suppliers per variation (a first choice and up to 3 backups), each known and named once,
    /// with costs within `AmountBounds` that share one currency; R16: a reference level in range.
    private mutating func checkOffers(
        _ offers: [SupplierOfferRecord], path: String, suppliers: Set<SupplierID>, _ db: Database
    ) throws {
        let most = VariationRecord.maxSuppliers
        require(
            offers.count <= most, path,
            "names \(offers.count) suppliers; at most \(most) (a first choice and up to \(most - 1) backups)")
        var named: Set<SupplierID> = []
        for (index, offer) in offers.enumerated() {
            let path = "\(path)[\(index)]"
            if let refusal = IdentifierRule.refusal(of: offer.supplierID.rawValue) {
                fail("\(path).supplierID", refusal)
            } else if !suppliers.contains(offer.supplierID),
                try CatalogRecords.supplier(offer.supplierID, in: db) == nil
            {
                fail("\(path).supplierID", "no supplier \(offer.supplierID); add it under suppliers")
            }
            require(
                named.insert(offer.supplierID).inserted, "\(path).supplierID",
                "\(offer.supplierID) appears twice for this variation")
            for (field, cost) in [
                ("productCost", offer.productCost), ("shippingCost", offer.shippingCost),
                ("processingFee", offer.processingFee),
            ] {
                amount(cost, "\(path).\(field)")
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

    /// R9: what customs documents need: a 6-digit HS code of the HS 2022 nomenclature and the country of origin,
    /// both required, since every purchase order carries a commercial invoice; and packaging instructions under
    /// the text policy (line feeds accepted).
    mutating func checkCustoms(_ listing: ListingRecord, path: String) {
        if let code = listing.hsCode, !code.isEmpty {
            require(
                HarmonizedSystem.isSubheading(code), "\(path).hsCode",
                "\"\(code)\" is not a 6-digit subheading of the HS 2022 nomenclature")
        } else {
            fail("\(path).hsCode", "is required: the commercial invoice needs the product's 6-digit HS code (R9)")
        }
        if let country = listing.originCountry {
            if let refusal = CountryRule.refusal(of: country) { fail("\(path).originCountry", refusal) }
        } else {
            fail("\(path).originCountry", "is required: the commercial invoice needs the country of origin (R9)")
        }
        text(TextRule.packagingInstructions, listing.packagingInstructions, "\(path).packagingInstructions")
    }

    /// A catalogue amount: 0 or more, at most `AmountBounds.maximum(in:)`.
    private mutating func amount(_ money: Money, _ field: String) {
        if let refusal = AmountBounds.refusal(of: money, mustBePositive: false) { fail(field, refusal) }
    }
}
