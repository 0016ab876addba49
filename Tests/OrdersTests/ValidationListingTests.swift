import Contracts
import Orders
import Testing

/// R1: quantity, price and listing checks; the listing-dependent ones run on the terms the caller looked up.
@Suite("R1 quantity, price and listing")
struct ValidationListingTests {
    private let validator = PlacementValidator()

    @Test("R1: a valid request for an active listing at its current price has no refusal")
    func validAgainstListing() throws {
        let request = ValidationFixtures.request()
        #expect(validator.validateAgainstListing(request, terms: try ValidationFixtures.listing()) == [])
        #expect(validator.validate(request, listing: try ValidationFixtures.listing()) == [])
    }

    @Test("R1: quantity below 1 is refused without the listing", arguments: [0, -1, Int.min])
    func quantityBelowOne(quantity: Int) {
        #expect(
            validator.validateRequest(ValidationFixtures.request(quantity: quantity)) == [
                FieldError(field: "quantity", reason: "must be at least 1")
            ])
    }

    @Test("R1: quantity up to the per-order limit (default 10) is accepted, above it refused")
    func perOrderLimit() throws {
        let terms = try ValidationFixtures.listing()
        #expect(terms.perOrderLimit == 10)
        #expect(validator.validateAgainstListing(ValidationFixtures.request(quantity: 10), terms: terms) == [])
        #expect(
            validator.validateAgainstListing(ValidationFixtures.request(quantity: 11), terms: terms) == [
                FieldError(field: "quantity", reason: "must be at most 10 per order")
            ])
        let limitedToThree = try ValidationFixtures.listing(perOrderLimit: 3)
        #expect(
            validator.validateAgainstListing(ValidationFixtures.request(quantity: 4), terms: limitedToThree) == [
                FieldError(field: "quantity", reason: "must be at most 3 per order")
            ])
    }

    @Test(
        "R1: a price or currency other than the listing's current one is refused with the new price",
        arguments: [
            (1999, "EUR", 2199, "EUR", "the price changed to 21.99 EUR since it was shown"),
            (1999, "USD", 1999, "EUR", "the price changed to 19.99 EUR since it was shown"),
            (1400, "JPY", 1500, "JPY", "the price changed to 1500 JPY since it was shown"),
            (1250, "BHD", 1500, "BHD", "the price changed to 1.500 BHD since it was shown"),
        ] as [(Int64, String, Int64, String, String)])
    func priceChanged(shown: Int64, shownCurrency: String, current: Int64, currency: String, reason: String) throws {
        let request = ValidationFixtures.request(unitPrice: .init(minorUnits: shown, currency: shownCurrency))
        let terms = try ValidationFixtures.listing(minorUnits: current, currency: currency)
        #expect(
            validator.validateAgainstListing(request, terms: terms) == [FieldError(field: "unitPrice", reason: reason)]
        )
    }

    @Test(
        "R1: the price must be positive, in an ISO 4217 currency with minor units",
        arguments: [
            (0, "EUR", "unitPrice.minorUnits", "must be greater than 0"),
            (-1999, "EUR", "unitPrice.minorUnits", "must be greater than 0"),
            (1999, "eur", "unitPrice.currency", "must be upper case: EUR"),
            (1999, "EURO", "unitPrice.currency", "is not an ISO 4217 currency with minor units (as EUR)"),
            (1999, "XAU", "unitPrice.currency", "is not an ISO 4217 currency with minor units (as EUR)"),
            (1999, "XXX", "unitPrice.currency", "is not an ISO 4217 currency with minor units (as EUR)"),
            (1999, "", "unitPrice.currency", "is required"),
        ] as [(Int64, String, String, String)])
    func priceFormat(minorUnits: Int64, currency: String, field: String, reason: String) {
        let request = ValidationFixtures.request(unitPrice: .init(minorUnits: minorUnits, currency: currency))
        #expect(validator.validateRequest(request) == [FieldError(field: field, reason: reason)])
    }

    @Test("R1: the shown price converts to Money only with a valid currency")
    func priceAsMoney() throws {
        let euro = try #require(CurrencyCode("EUR"))
        #expect(
            PlacementRequest.Price(minorUnits: 1999, currency: "EUR").money == Money(minorUnits: 1999, currency: euro))
        #expect(PlacementRequest.Price(minorUnits: 1999, currency: "XAU").money == nil)
    }

    @Test("R1: an unknown listing is refused on listingID, and nothing else is checked against it")
    func unknownListing() throws {
        let request = ValidationFixtures.request(quantity: 50)
        let unknown = [FieldError(field: "listingID", reason: "no such listing")]
        #expect(validator.validateAgainstListing(request, terms: nil) == unknown)
        var otherListing = try ValidationFixtures.listing()
        otherListing.listingID = "lst_OTHER"
        #expect(validator.validateAgainstListing(request, terms: otherListing) == unknown)
    }

    @Test("R1: an inactive listing is refused on listingID, even with other faults")
    func inactiveListing() throws {
        var request = ValidationFixtures.request(quantity: 50)
        request.sku = "NOT-A-SKU"
        #expect(
            validator.validateAgainstListing(request, terms: try ValidationFixtures.listing(isActive: false)) == [
                FieldError(field: "listingID", reason: "listing is not active")
            ])
    }

    @Test("R1: a SKU that is not one of the listing's variations is refused")
    func unknownSKU() throws {
        var request = ValidationFixtures.request()
        request.sku = "TSHIRT-XXL-RED"
        #expect(
            validator.validateAgainstListing(request, terms: try ValidationFixtures.listing()) == [
                FieldError(field: "sku", reason: "no such variation of this listing")
            ])
    }

    @Test("R1: an unknown SKU is refused on sku alone: it has no price to compare with the shown one")
    func unknownSKUIsNotPriceChecked() throws {
        var request = ValidationFixtures.request(unitPrice: .init(minorUnits: 1, currency: "EUR"))
        request.sku = "TSHIRT-XXL-RED"
        #expect(
            validator.validateAgainstListing(request, terms: try ValidationFixtures.listing(minorUnits: 2199)) == [
                FieldError(field: "sku", reason: "no such variation of this listing")
            ])
    }

    @Test("R1: listing id, SKU and payment token are required; the token is at most 128 characters")
    func requiredIdentifiers() {
        var request = ValidationFixtures.request()
        request.listingID = ""
        request.sku = " "
        request.paymentToken = ""
        #expect(
            validator.validateRequest(request) == [
                FieldError(field: "listingID", reason: "is required"), FieldError(field: "sku", reason: "is required"),
                FieldError(field: "paymentToken", reason: "is required"),
            ])
        request = ValidationFixtures.request()
        request.paymentToken = String(repeating: "t", count: 128)
        #expect(validator.validateRequest(request) == [])
        request.paymentToken = String(repeating: "t", count: 129)
        #expect(
            validator.validateRequest(request) == [
                FieldError(field: "paymentToken", reason: "is longer than 128 characters")
            ])
    }

    @Test(
        "R1: the idempotency key is optional, else 1–128 printable ASCII characters",
        arguments: [
            (nil, nil), ("checkout-7f3a", nil), (String(repeating: "k", count: 128), nil),
            ("", "must not be empty when given"),
            (String(repeating: "k", count: 129), "is longer than 128 characters"),
            ("key with space", "must be printable ASCII characters without spaces"),
            ("clé-1", "must be printable ASCII characters without spaces"),
            ("key\u{0}", "must be printable ASCII characters without spaces"),
        ] as [(String?, String?)])
    func idempotencyKey(key: String?, reason: String?) {
        let expected = reason.map { [FieldError(field: "idempotencyKey", reason: $0)] } ?? []
        #expect(validator.validateRequest(ValidationFixtures.request(idempotencyKey: key)) == expected)
    }
}
