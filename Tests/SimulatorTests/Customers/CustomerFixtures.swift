import Contracts
import Foundation
import SimulatedCustomers

/// Listings for the generator tests, and the address formats R1 checks, written out again here (the simulator
/// tests do not link the orders service) so that a generated address that would be refused fails a test.
enum CustomerFixtures {
    static let usd = CurrencyCode("USD")!
    static let jpy = CurrencyCode("JPY")!

    /// Two listings on sale (one with a sold-out variation) and an inactive one.
    static let listings = [
        listing("lst_b", limit: 4, variations: [("B-1", Money(minorUnits: 1_999, currency: usd), 10)]),
        listing(
            "lst_a", limit: 10,
            variations: [
                ("A-2", Money(minorUnits: 880, currency: jpy), 5), ("A-1", Money(minorUnits: 990, currency: jpy), 0),
            ]),
        listing("lst_c", limit: 10, active: false, variations: [("C-1", Money(minorUnits: 100, currency: usd), 9)]),
    ]

    static func listing(
        _ id: ListingID, limit: Int, active: Bool = true, variations: [(sku: String, price: Money, available: Int)]
    ) -> ListingView {
        ListingView(
            id: id, merchantID: "mer_test", title: "Test \(id)", isActive: active, perOrderLimit: limit,
            isSoldOut: variations.allSatisfy { $0.available == 0 },
            variations: variations.map {
                VariationStockView(
                    sku: $0.sku, price: $0.price, available: $0.available, reserved: 0, sold: 0, suppliers: [],
                    supplierStock: [])
            })
    }

    /// Postal-code pattern (whole match) and whether a region is required, per country (orders'
    /// `CountryAddressRule`); nil pattern where the country has no postal codes.
    static let addressRules: [String: (postalCode: String?, region: Bool)] = [
        "US": (#"\d{5}(-\d{4})?"#, true),
        "CA": (#"[ABCEGHJ-NPRSTVXY]\d[ABCEGHJ-NPRSTV-Z] ?\d[ABCEGHJ-NPRSTV-Z]\d"#, true),
        "MX": (#"\d{5}"#, true), "BR": (#"\d{5}-?\d{3}"#, true),
        "GB": (#"[A-PR-UWYZ](\d{1,2}|[A-HK-Y]\d[\dABEHMNPRV-Y]?|\d[A-HJKPS-UW]) ?\d[ABD-HJLNP-UW-Z]{2}"#, false),
        "DE": (#"\d{5}"#, false), "FR": (#"\d{5}"#, false), "ES": (#"(0[1-9]|[1-4]\d|5[0-2])\d{3}"#, true),
        "IT": (#"\d{5}"#, true), "NL": (#"[1-9]\d{3} ?(?!SA|SD|SS)[A-Z]{2}"#, false), "PL": (#"\d{2}-?\d{3}"#, false),
        "SE": (#"[1-9]\d{2} ?\d{2}"#, false), "PT": (#"\d{4}-?\d{3}"#, false), "GR": (#"[1-8]\d{2} ?\d{2}"#, false),
        "UA": (#"\d{5}"#, false), "JP": (#"\d{3}-?\d{4}"#, true), "KR": (#"\d{5}"#, true), "CN": (#"\d{6}"#, true),
        "TW": (#"\d{3}(\d{2,3})?"#, true), "IN": (#"[1-9]\d{2} ?\d{3}"#, true), "AU": (#"\d{4}"#, true),
        "AE": (nil, false), "SA": (#"\d{5}(-\d{4})?"#, false), "IL": (#"\d{7}"#, false),
    ]

    /// The region codes R1 accepts where it checks them.
    static let regionCodes: [String: Set<String>] = [
        "US": ["TX", "WA", "IL", "NY", "FL", "CO"], "CA": ["ON", "QC", "BC", "AB"], "MX": ["CMX", "JAL", "NLE", "PUE"],
        "BR": ["SP", "RJ", "MG", "RS", "PE"], "AU": ["NSW", "VIC", "QLD", "WA"],
    ]

    /// Whether `text` is safe for R1's text fields: no control, bidirectional-override or invisible characters,
    /// no markup, no emoji.
    static func isSafeText(_ text: String) -> Bool {
        !text.trimmingCharacters(in: .whitespaces).isEmpty
            && !text.unicodeScalars.contains {
                $0.properties.generalCategory == .control || $0.properties.generalCategory == .format
                    || $0.properties.isEmojiPresentation || "<>".unicodeScalars.contains($0)
            }
    }
}
