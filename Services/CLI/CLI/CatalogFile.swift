import ArgumentParser
import Contracts
import Foundation
import SwiftCSV

/// Reads the catalogue an operator loads with `dropline catalog load`: a JSON `CatalogLoad` (merchants,
/// suppliers, listings), or a CSV of listings with one row per variation.
///
/// CSV columns: `listing_id, merchant_id, title, sku, price, currency, stock` and optionally
/// `per_order_limit` (default 10), `active` (default true), `hs_code`, `origin_country` (Inventory refuses a
/// listing without them, R9), `packaging_instructions` (listing columns: the first row of a listing gives them),
/// and up to four suppliers per row in the merchant's order of preference (R6: a first choice and up to 3 backups):
/// `supplier_id, product_cost, shipping_cost, processing_fee, reference_level`, then the same columns suffixed `_2`,
/// `_3` and `_4` (costs in `cost_currency`, default the price's currency; shipping and fee default to 0). Merchants
/// and suppliers come from a JSON load. A refusal names the file, the row and the column.
public enum CatalogFile {
    /// Reads `path` by its extension (`.json` or `.csv`).
    public static func read(_ path: String) throws -> CatalogLoad {
        let data = try InputFile.contents(of: path)
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return try InputFile.decodeJSON(data, as: CatalogLoad.self, path: path)
        case "csv": return try decodeCSV(String(decoding: data, as: UTF8.self), path: path)
        default: throw ValidationError("\(path): expected a .json or .csv file")
        }
    }

    /// Groups CSV rows by `listing_id` into listings, in the order they first appear.
    public static func decodeCSV(_ text: String, path: String) throws -> CatalogLoad {
        let csv: CSV<Named>
        do {
            csv = try CSV<Named>(string: text)
        } catch {
            throw ValidationError("\(path): not valid CSV: \(error)")
        }
        for column in ["listing_id", "merchant_id", "title", "sku", "price", "currency", "stock"]
        where !csv.header.contains(column) {
            throw ValidationError("\(path): missing column \(column)")
        }
        var listings: [ListingRecord] = []
        for (index, row) in csv.rows.enumerated() {
            let reader = CSVRow(row: row, line: index + 2, path: path)
            let variation = try reader.variation()
            let id = ListingID(rawValue: try reader.text("listing_id"))
            if let existing = listings.firstIndex(where: { $0.id == id }) {
                listings[existing].variations.append(variation)
            } else {
                listings.append(
                    ListingRecord(
                        id: id, merchantID: MerchantID(rawValue: try reader.text("merchant_id")),
                        title: try reader.text("title"), isActive: try reader.flag("active", default: true),
                        perOrderLimit: try reader.integer("per_order_limit", default: 10), variations: [variation],
                        hsCode: reader.optionalText("hs_code"), originCountry: reader.optionalText("origin_country"),
                        packagingInstructions: reader.optionalText("packaging_instructions")))
            }
        }
        return CatalogLoad(listings: listings)
    }
}
