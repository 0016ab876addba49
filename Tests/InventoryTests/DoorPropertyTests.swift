import Contracts
import Foundation
import Inventory
import PropertyBased
import TestSupport
import Testing

/// Inventory's doors driven with extreme values through the real handlers (`inventory.load` with its supplier
/// offers, `inventory.stock_feed`), each on a fresh store: nothing traps, a value outside its bounds is refused
/// with its field named and nothing stored, and values inside the bounds are accepted.
@Suite(.timeLimit(.minutes(5)))
struct DoorPropertyTests {
    /// An `Int64` field: its extremes (`ExtremeValues`), any value within its bound, any value at all.
    static func amounts(_ bound: Int64) -> Generator<Int64, AnySequence<(index: Int, value: Any)>> {
        Gen.oneOf(Gen.element(of: ExtremeValues.around(bound)).map { $0! }, Gen.int64(in: 0...bound), Gen.int64())
    }

    /// An `Int` field, likewise.
    static func counts(_ bound: Int) -> Generator<Int, AnySequence<(index: Int, value: Any)>> {
        Gen.oneOf(Gen.element(of: ExtremeValues.around(bound)).map { $0! }, Gen.int(in: 0...bound), Gen.int())
    }

    /// Titles, each with whether the text policy accepts it as a listing title.
    static let titles: [Sample] = [
        Sample("Plain tee", true), Sample("Camiseta de algod\u{E3}o org\u{E2}nico", true),
        Sample(String(repeating: "t", count: 200), true), Sample(String(repeating: "t", count: 201), false),
        Sample(String(repeating: "t", count: 900_000), false), Sample("", false), Sample("Ana <\u{338}b", false),
        Sample("Acme\u{0}Tees", false), Sample("\u{202E}eet", false), Sample("Tee \u{1F389}", false),
        Sample("a" + String(repeating: "\u{301}", count: 801), false), Sample("&lt;b&gt;", false),
    ]

    /// SKUs, each with whether it is in the id form.
    static let skus: [Sample] = [
        Sample("TEE-M", true), Sample(String(repeating: "S", count: 64), true), Sample("TEE M", false),
        Sample("<b>", false), Sample("", false), Sample(String(repeating: "S", count: 65), false),
        Sample("T\u{E9}E", false),
    ]

    /// A text value and whether its door accepts it.
    struct Sample: Sendable, CustomStringConvertible {
        var value: String
        var isValid: Bool
        init(_ value: String, _ isValid: Bool) {
            self.value = value
            self.isValid = isValid
        }
        var description: String { "\(value.prefix(40).debugDescription)\(value.count > 40 ? "…" : "")" }
    }

    static let maxPrice: Int64 = 100_000_000_000  // 10^9 EUR in cents
    static let units = 1_000_000_000

    @Test("inventory.load and its supplier offers: extremes are refused on their fields, values in bounds accepted")
    func catalogueLoad() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(
            count: 100,
            input: zip(Self.amounts(Self.maxPrice), Self.amounts(Self.maxPrice), Self.amounts(Self.maxPrice)),
            zip(Self.counts(Self.units), Self.counts(1_000), Self.counts(Self.units)), Gen.element(of: Self.titles),
            Gen.element(of: Self.skus)
        ) { amounts, counts, title, sku in
            var record = InventoryFixture.listingRecord(stock: ["TEE-M": counts.0])
            record.variations[0].price.minorUnits = amounts.0
            record.variations[0].suppliers[0].productCost.minorUnits = amounts.1
            record.variations[0].suppliers[0].shippingCost.minorUnits = amounts.2
            record.perOrderLimit = counts.1
            record.variations[0].suppliers[0].referenceLevel = counts.2
            record.title = title!.value
            record.variations[0].sku = sku!.value
            let variation = "listings[0].variations[0]"
            let offer = "\(variation).suppliers[0]"
            var expected: Set<String> = []
            if !(0...Self.maxPrice).contains(amounts.0) { expected.insert("\(variation).price") }
            if !(0...Self.maxPrice).contains(amounts.1) { expected.insert("\(offer).productCost") }
            if !(0...Self.maxPrice).contains(amounts.2) { expected.insert("\(offer).shippingCost") }
            if !(0...Self.units).contains(counts.0) { expected.insert("\(variation).stock") }
            if !(1...1_000).contains(counts.1) { expected.insert("listings[0].perOrderLimit") }
            if !(1...Self.units).contains(counts.2) { expected.insert("\(offer).referenceLevel") }
            if !title!.isValid { expected.insert("listings[0].title") }
            if !sku!.isValid { expected.insert("\(variation).sku") }
            try await Self.expectLoad(record, refusing: expected)
        }
    }

    /// Loads `record` on a fresh store that knows its merchant and supplier: refused on exactly `fields` with
    /// nothing stored, or, with no field, accepted as given.
    static func expectLoad(_ record: ListingRecord, refusing fields: Set<String>) async throws {
        let inventory = try InventoryHarness()
        try await inventory.load(
            CatalogLoad(merchants: [InventoryFixture.merchant], suppliers: [InventoryFixture.supplier]))
        let published = try inventory.published().count
        let load = CatalogLoad(listings: [record])
        if fields.isEmpty {
            #expect(try await inventory.load(load).listings == UpsertCounts(created: 1))
            let view = try await inventory.listing()
            #expect(view.variations.map(\.price) == record.variations.map(\.price))
            #expect(view.variations.first?.available == record.variations.first?.stock)
        } else {
            let failure = try await inventory.refusal("inventory.load", load)
            #expect(failure.code == "invalid_request")
            #expect(Set(failure.errors?.map(\.field) ?? []) == fields, "\(failure)")
            #expect(try inventory.published().count == published && inventory.count("listing") == 0)
        }
    }

    @Test("inventory.stock_feed: extreme counts are refused on their fields, counts in bounds applied")
    func stockFeed() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(count: 100, input: Self.counts(Self.units), Self.counts(Self.units)) { quantity, level in
            let inventory = try InventoryHarness()
            try await inventory.load()
            let published = try inventory.published().count
            let feed = StockFeed(
                supplierID: "sup_a",
                items: [StockFeedItem(listingID: "lst_1", sku: "TEE-M", quantity: quantity, referenceLevel: level)])
            var expected: Set<String> = []
            if !(0...Self.units).contains(quantity) { expected.insert("items[0].quantity") }
            if !(1...Self.units).contains(level) { expected.insert("items[0].referenceLevel") }
            if expected.isEmpty {
                let result = try await inventory.call("inventory.stock_feed", feed, as: StockFeedResult.self)
                #expect(result.items == 1 && result.updated == 1)
                let supplier = try await inventory.listing().variations.first { $0.sku == "TEE-M" }?.supplierStock.first
                #expect(supplier?.quantity == quantity)
            } else {
                let failure = try await inventory.refusal("inventory.stock_feed", feed)
                #expect(Set(failure.errors?.map(\.field) ?? []) == expected, "\(failure)")
                #expect(try inventory.published().count == published)
            }
        }
    }
}
