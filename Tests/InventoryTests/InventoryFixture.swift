import Contracts
import Foundation
import Inventory
import Testing

/// Listings, times and invariant checks for the inventory tests.
enum InventoryFixture {
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let ttl: TimeInterval = 120
    static let price = Money(minorUnits: 1999, currency: CurrencyCode("EUR")!)

    /// `minutes` after `t0`.
    static func t(_ minutes: Int) -> Date { t0.addingTimeInterval(Double(minutes) * 60) }

    /// Listing `lst_1` of merchant `mer_1` with the given available units per SKU.
    static func listing(_ stock: KeyValuePairs<String, Int> = ["TEE-M": 5, "TEE-L": 3]) throws -> Listing {
        try Listing(
            id: "lst_1", merchantID: "mer_1", title: "Plain tee",
            variations: stock.map { Variation(sku: $0.key, price: price, available: $0.value) })
    }

    /// Each SKU's units: available + reserved + sold.
    static func totals(_ listing: Listing) -> [String: Int] {
        Dictionary(uniqueKeysWithValues: listing.variations.map { ($0.sku, $0.available + $0.reserved + $0.sold) })
    }

    /// Checks R2's invariants: per SKU, `total = available + reserved + sold`, `available ≥ 0`, and `reserved`
    /// and `sold` equal what the reservations hold and sold.
    static func expectInvariants(
        _ listing: Listing, totals: [String: Int], sourceLocation: SourceLocation = #_sourceLocation
    ) {
        #expect(invariantViolation(listing, totals: totals) == nil, sourceLocation: sourceLocation)
    }

    /// The first broken invariant (see `expectInvariants`), described, or nil.
    static func invariantViolation(_ listing: Listing, totals: [String: Int]) -> String? {
        for variation in listing.variations {
            let reservations = listing.reservations.values.filter { $0.sku == variation.sku }
            let holding = reservations.filter(\.isHolding).reduce(0) { $0 + $1.quantity }
            let sold = reservations.filter { $0.state == .sold }.reduce(0) { $0 + $1.quantity }
            let units = "\(variation.sku): \(variation.available) + \(variation.reserved) + \(variation.sold)"
            if variation.available < 0 { return "\(units): negative availability" }
            if variation.available + variation.reserved + variation.sold != totals[variation.sku] {
                return "\(units) ≠ \(totals[variation.sku] ?? 0)"
            }
            if variation.reserved != holding || variation.sold != sold {
                return "\(units): reservations hold \(holding) and sold \(sold)"
            }
        }
        return nil
    }
}

extension InventoryFixture {
    static let merchant = MerchantRecord(
        id: "mer_1", name: "Acme Tees", email: "shop@acme.example",
        returnAddress: Address(
            name: "Acme Tees", line1: "1 Main St", city: "Springfield", postalCode: "62701", country: "US"))
    static let supplier = SupplierRecord(id: "sup_a", name: "Shenzhen Goods", email: "stock@szgoods.example")

    /// Listing `lst_1` "Plain tee": 10 TEE-M and 3 TEE-L, supplied by `sup_a` with a reference level of 100.
    static func listingRecord(
        stock: [String: Int] = ["TEE-M": 10, "TEE-L": 3], title: String = "Plain tee", isActive: Bool = true,
        limit: Int = 10, price: Money = InventoryFixture.price
    ) -> ListingRecord {
        ListingRecord(
            id: "lst_1", merchantID: "mer_1", title: title, isActive: isActive, perOrderLimit: limit,
            variations: stock.sorted { $0.key > $1.key }.map {
                VariationRecord(
                    sku: $0.key, price: price, stock: $0.value,
                    suppliers: [
                        SupplierOfferRecord(
                            supplierID: "sup_a", productCost: price, shippingCost: price,
                            processingFee: .zero(price.currency),
                            referenceLevel: 100)
                    ])
            }, hsCode: "610910", originCountry: "CN")
    }

    static func catalog(_ listings: [ListingRecord] = [listingRecord()]) -> CatalogLoad {
        CatalogLoad(merchants: [merchant], suppliers: [supplier], listings: listings)
    }

    /// An order for `quantity` of `sku` of `lst_1`, as Orders publishes it.
    static func placed(_ orderID: OrderID, sku: String = "TEE-M", quantity: Int = 1) -> OrderPlaced {
        OrderPlaced(
            orderID: orderID, merchantID: "mer_1", listingID: "lst_1", sku: sku, quantity: quantity, unitPrice: price,
            total: Money(minorUnits: price.minorUnits * Int64(quantity), currency: price.currency),
            customerName: "Ada Lovelace", customerEmail: "ada@example.com",
            shippingAddress: Address(
                name: "Ada Lovelace", line1: "12 Rue de Rivoli", city: "Paris", postalCode: "75001", country: "FR"),
            at: t0)
    }

    /// `seconds` after `t0`.
    static func t(seconds: Int) -> Date { t0.addingTimeInterval(Double(seconds)) }
}

extension InventoryEvent {
    /// The SKU's Sold Out crossing, if this is one: `sold_out` or `back_in_stock`.
    var soldOutCrossing: String? {
        switch self {
        case .soldOut(let event): "sold_out \(event.sku)"
        case .backInStock(let event): "back_in_stock \(event.sku) \(event.available)"
        default: nil
        }
    }

    var lowStockAlert: SupplierStockRanLow? {
        if case .supplierStockRanLow(let event) = self { event } else { nil }
    }
}

/// SplitMix64: a small seeded generator, so that a failing random sequence can be replayed.
struct SeededGenerator: RandomNumberGenerator {
    private var state: UInt64

    init(seed: UInt64) { state = seed }

    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
