import Contracts
import Foundation
import Orders
import PropertyBased
import TestSupport
import Testing

/// `orders.place` driven with extreme values through the real handler, each on a fresh store whose catalogue
/// lists the variation at the very price the request shows (as an Inventory store from before the bounds could
/// publish it): nothing traps, a value outside its bounds is refused on its field with nothing stored or
/// reserved, and a request inside the bounds is placed with its total.
@Suite(.timeLimit(.minutes(5)))
struct PlacementPropertyTests {
    static let maxPrice: Int64 = 100_000_000_000  // 10^9 EUR in cents

    static let prices: Generator<Int64, AnySequence<(index: Int, value: Any)>> = Gen.oneOf(
        Gen.element(of: ExtremeValues.around(maxPrice)).map { $0! }, Gen.int64(in: 1...maxPrice), Gen.int64())

    static let quantities: Generator<Int, AnySequence<(index: Int, value: Any)>> = Gen.oneOf(
        Gen.element(of: ExtremeValues.around(1_000)).map { $0! }, Gen.int(in: 1...1_000), Gen.int())

    /// Customer names, each with whether the text policy accepts it.
    static let names: [(String, Bool)] = [
        ("Ana Souza", true), ("Nguy\u{1EC5}n Th\u{1ECB} Minh Khai", true), (String(repeating: "n", count: 100), true),
        (String(repeating: "n", count: 101), false), ("", false), ("Ana <\u{338}b", false), ("Ana\u{0}", false),
        ("\u{202E}anA", false), ("Ana \u{1F600}", false), (String(repeating: "n", count: 900_000), false),
    ]

    @Test("orders.place: extremes are refused on their fields, in-bounds requests placed with the right total")
    func placement() async {
        await TestLane.storeHeavy.enter()
        defer { TestLane.storeHeavy.leave() }
        await propertyCheck(
            count: 100, input: Self.prices, Self.quantities, Gen.element(of: Array(Self.names.indices)).map { $0! }
        ) { price, quantity, nameIndex in
            let (name, nameIsValid) = Self.names[nameIndex]
            let harness = try OrdersHarness(stock: 1_000_000)
            try harness.deliver(
                ListingUpserted(
                    listing: ServiceFixtures.listing(price: price, perOrderLimit: 1_000), at: ServiceFixtures.t0))
            let before = try harness.placementRowCounts()
            var request = ServiceFixtures.request(quantity: quantity)
            request.unitPrice = .init(minorUnits: price, currency: "EUR")
            request.customer.name = name
            var expected: Set<String> = []
            if !(1...1_000).contains(quantity) { expected.insert("quantity") }
            if !(1...Self.maxPrice).contains(price) { expected.insert("unitPrice.minorUnits") }
            if !nameIsValid { expected.insert("customer.name") }
            if expected.isEmpty {
                let placed = try await harness.place(request)
                #expect(placed.quantity == quantity)
                #expect(placed.total == Money(minorUnits: price * Int64(quantity), currency: ServiceFixtures.euro))
            } else {
                let refusal = try await harness.refusal("orders.place", request)
                #expect(refusal.code == "invalid_request")
                #expect(Set(refusal.errors?.map(\.field) ?? []) == expected, "\(refusal)")
                #expect(try harness.placementRowCounts() == before && harness.reserver.reservations.isEmpty)
            }
        }
    }
}
