import ArgumentParser
import Contracts
import Foundation

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

    /// The row's suppliers (R6: a first choice and up to 3 backups): `supplier_id…` then `supplier_id_2…` to
    /// `supplier_id_4…`, each when its id is given.
    func offers(priceCurrency: CurrencyCode) throws -> [SupplierOfferRecord] {
        var currency = priceCurrency
        if let code = optionalText("cost_currency") {
            guard let costCurrency = CurrencyCode(code) else {
                throw refusal("cost_currency", "\"\(code)\" is not an ISO 4217 currency")
            }
            currency = costCurrency
        }
        let suffixes = [""] + (2...VariationRecord.maxSuppliers).map { "_\($0)" }
        return try suffixes.compactMap { suffix in
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
