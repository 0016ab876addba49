import Contracts
import Foundation
import SimulatedCustomers

/// Listings for the generator tests, and what the generated addresses are checked against besides the address
/// formats of `Contracts` (the simulator tests do not link the orders service), so that a generated address that
/// R1 would refuse fails a test.
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

    /// R1's own postal-code patterns where they replace the address metadata's for a spelling the customers use
    /// (the orders service's `AddressConvention`): India Post's PIN written 3 + 3, Saudi Arabia's code with its
    /// additional number.
    static let conventionPatterns: [String: String] = [
        "IN": #"[1-9]\d{2} ?\d{3}"#, "SA": #"\d{5}(?:-\d{4})?"#,
    ]

    /// The subdivision of `format` that `region` names exactly, by key, ISO code or name, as the generator writes
    /// it; Taiwan's official `臺` is the metadata's `台`, as R1 reads it.
    static func subdivision(_ region: String, in format: AddressFormat) -> AddressSubdivision? {
        let region = region.replacingOccurrences(of: "臺", with: "台")
        return format.subdivisions.first { subdivision in
            subdivision.key == region || subdivision.isoCode == region || subdivision.names.contains(region)
                || subdivision.latinNames.contains(region)
        }
    }

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
