import Contracts
import InputRules
import Orders
import Testing

/// R1's bounds: ids in their form, at most 1000 units, a price of at most 10^9 whole units of its currency.
@Suite("R1 bounds")
struct ValidationBoundsTests {
    let validator = PlacementValidator()

    @Test(
        "R1: a price above 10^9 whole units is refused on unitPrice.minorUnits, by the currency's exponent",
        arguments: [
            (Int64(100_000_000_001), "EUR", "must be at most 1000000000.00 EUR (1000000000 whole units)"),
            (1_000_000_001, "JPY", "must be at most 1000000000 JPY (1000000000 whole units)"),
            (1 << 62, "EUR", "must be at most 1000000000.00 EUR (1000000000 whole units)"),
            (.max, "BHD", "must be at most 1000000000.000 BHD (1000000000 whole units)"),
        ])
    func priceAboveBound(minorUnits: Int64, currency: String, reason: String) {
        let request = ValidationFixtures.request(unitPrice: .init(minorUnits: minorUnits, currency: currency))
        #expect(validator.validateRequest(request) == [FieldError(field: "unitPrice.minorUnits", reason: reason)])
    }

    @Test("R1: a price of exactly 10^9 whole units is within bounds")
    func priceAtBound() {
        let request = ValidationFixtures.request(unitPrice: .init(minorUnits: 100_000_000_000, currency: "EUR"))
        #expect(validator.validateRequest(request) == [])
    }

    @Test("R1: at most 1000 units per order, whatever the listing's limit", arguments: [1_001, Int.max])
    func quantityAboveBound(quantity: Int) {
        #expect(
            validator.validateRequest(ValidationFixtures.request(quantity: quantity)) == [
                FieldError(field: "quantity", reason: "must be at most 1000")
            ])
    }

    @Test(
        "R1: the listing id and the SKU must be ids: no spaces, no markup",
        arguments: ["TSHIRT M", "<b>x</b>", "T\u{0}", "_x"])
    func identifiers(value: String) {
        var request = ValidationFixtures.request()
        request.sku = value
        request.listingID = ListingID(rawValue: value)
        #expect(validator.validateRequest(request).map(\.field) == ["listingID", "sku"])
    }

    @Test("Finding 10: a name hiding < behind a combining mark is refused as markup at placement")
    func finding10_placementMarkup() {
        var request = ValidationFixtures.request()
        request.customer.name = "Ana <\u{338}b"
        request.shippingAddress.line1 = "Rua <\u{338}script"
        #expect(
            validator.validateRequest(request) == [
                FieldError(field: "customer.name", reason: "contains markup"),
                FieldError(field: "shippingAddress.line1", reason: "contains markup"),
            ])
    }

    @Test("Finding 2: the domain never traps on a total beyond 64 bits; it throws amountOverflow")
    func finding2_orderTotalOverflowThrows() throws {
        let price = Money(minorUnits: 1 << 62, currency: ServiceFixtures.euro)
        #expect(
            throws: OrderError.amountOverflow(
                "ord_1", .overflow(computation: "order total", expression: "46116860184273879.04 EUR × 2"))
        ) {
            try Order.place(
                id: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE", quantity: 2, unitPrice: price,
                customerName: "Ana", customerEmail: "ana@example.com",
                shippingAddress: ValidationFixtures.brazilianAddress, paymentToken: "tok", at: ServiceFixtures.t0)
        }
    }
}
