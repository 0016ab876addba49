import ArgumentParser
import Contracts
import Foundation
import SwiftCSV

/// Reads the catalogue an operator loads with `dropline catalog load`: a JSON `CatalogLoad` (merchants,
/// suppliers, listings), or a CSV of listings with one row per variation.
///
/// CSV columns: `listing_id, merchant_id, title, sku, price, currency, stock` and optionally
/// `per_order_limit` (default 10), `active` (default true), `hs_code`, `origin_country`,
/// `packaging_instructions` (listing columns: the first row of a listing gives them), and up to three suppliers
/// per row in the merchant's order of preference: `supplier_id, product_cost, shipping_cost, processing_fee,
/// reference_level`, then the same columns suffixed `_2` and `_3` (costs in `cost_currency`, default the
/// price's currency; shipping and fee default to 0). Merchants and suppliers come from a JSON load. A refusal
/// names the file, the row and the column.
public enum CatalogFile {
    /// Reads `path` by its extension (`.json` or `.csv`).
    public static func read(_ path: String) throws -> CatalogLoad {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw ValidationError("\(path): cannot be read")
        }
        switch (path as NSString).pathExtension.lowercased() {
        case "json": return try decodeJSON(data, path: path)
        case "csv": return try decodeCSV(String(decoding: data, as: UTF8.self), path: path)
        default: throw ValidationError("\(path): expected a .json or .csv file")
        }
    }

    static func decodeJSON(_ data: Data, path: String) throws -> CatalogLoad {
        do {
            return try DomainTime.makeDecoder().decode(CatalogLoad.self, from: data)
        } catch let DecodingError.keyNotFound(key, context) {
            throw ValidationError("\(path): \(location(context.codingPath + [key])) is required")
        } catch let DecodingError.typeMismatch(_, context), let DecodingError.valueNotFound(_, context) {
            throw ValidationError("\(path): \(location(context.codingPath)) has the wrong type")
        } catch let DecodingError.dataCorrupted(context) {
            throw ValidationError("\(path): \(location(context.codingPath)): \(context.debugDescription)")
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

    private static func location(_ path: [any CodingKey]) -> String {
        path.map { $0.intValue.map { "[\($0)]" } ?? ".\($0.stringValue)" }.joined().trimmingCharacters(in: ["."])
    }
}

/// One CSV row with refusals that name the file, line and column.
struct CSVRow {
    let row: [String: String]
    let line: Int
    let path: String

    func text(_ column: String) throws -> String {
        let value = (row[column] ?? "").trimmingCharacters(in: .whitespaces)
        guard !value.isEmpty else { throw refusal(column, "is required") }
        return value
    }

    func integer(_ column: String, default fallback: Int? = nil) throws -> Int {
        let value = (row[column] ?? "").trimmingCharacters(in: .whitespaces)
        if value.isEmpty, let fallback { return fallback }
        guard let number = Int(value), number >= 0 else {
            throw refusal(column, "must be a whole number ≥ 0, got \"\(value)\"")
        }
        return number
    }

    func flag(_ column: String, default fallback: Bool) throws -> Bool {
        switch (row[column] ?? "").trimmingCharacters(in: .whitespaces).lowercased() {
        case "": fallback
        case "true", "yes", "1": true
        case "false", "no", "0": false
        case let other: throw refusal(column, "must be true or false, got \"\(other)\"")
        }
    }

    func variation() throws -> VariationRecord {
        let code = try text("currency")
        guard let currency = CurrencyCode(code) else {
            throw refusal("currency", "\"\(code)\" is not an ISO 4217 currency")
        }
        let priceText = try text("price")
        guard let minorUnits = AmountText.minorUnits(priceText, currency: currency), minorUnits > 0 else {
            throw refusal(
                "price", "\"\(priceText)\" is not a positive amount in \(currency) (\(currency.minorUnits) decimals)")
        }
        return VariationRecord(
            sku: try text("sku"), price: Money(minorUnits: minorUnits, currency: currency), stock: try integer("stock"),
            suppliers: try offers(priceCurrency: currency))
    }

    /// The value of an optional column, nil when the column is absent or blank.
    func optionalText(_ column: String) -> String? {
        let value = (row[column] ?? "").trimmingCharacters(in: .whitespaces)
        return value.isEmpty ? nil : value
    }

    /// The row's suppliers: `supplier_id…` then `supplier_id_2…` and `supplier_id_3…`, each when its id is given.
    func offers(priceCurrency: CurrencyCode) throws -> [SupplierOfferRecord] {
        var currency = priceCurrency
        if let code = optionalText("cost_currency") {
            guard let costCurrency = CurrencyCode(code) else {
                throw refusal("cost_currency", "\"\(code)\" is not an ISO 4217 currency")
            }
            currency = costCurrency
        }
        return try ["", "_2", "_3"].compactMap { suffix in
            guard let supplier = optionalText("supplier_id\(suffix)") else { return nil }
            return SupplierOfferRecord(
                supplierID: SupplierID(rawValue: supplier),
                productCost: try amount("product_cost\(suffix)", currency: currency, required: true),
                shippingCost: try amount("shipping_cost\(suffix)", currency: currency, required: false),
                processingFee: try amount("processing_fee\(suffix)", currency: currency, required: false),
                referenceLevel: optionalText("reference_level\(suffix)") == nil
                    ? nil : try integer("reference_level\(suffix)"))
        }
    }

    private func amount(_ column: String, currency: CurrencyCode, required: Bool) throws -> Money {
        guard let value = optionalText(column) else {
            if required { throw refusal(column, "is required when the supplier is given") }
            return .zero(currency)
        }
        guard let minorUnits = AmountText.minorUnits(value, currency: currency), minorUnits >= 0 else {
            throw refusal(
                column, "\"\(value)\" is not an amount ≥ 0 in \(currency) (\(currency.minorUnits) decimals)")
        }
        return Money(minorUnits: minorUnits, currency: currency)
    }

    private func refusal(_ column: String, _ reason: String) -> ValidationError {
        ValidationError("\(path) line \(line): \(column) \(reason)")
    }
}
