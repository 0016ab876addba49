import Contracts
import Orders
import Testing

/// Valid placement requests and listing terms that each R1 test breaks in exactly one place.
enum ValidationFixtures {
    static let listingID: ListingID = "lst_01JD7Y"
    static let sku = "TSHIRT-M-BLUE"

    /// A valid address in Brazil, whose rules are among the strictest (state code, 8-digit CEP).
    static let brazilianAddress = PlacementRequest.ShippingAddress(
        name: "Ana Souza", line1: "Avenida Paulista, 1578", line2: "Bela Vista", city: "São Paulo", region: "SP",
        postalCode: "01310-200", country: "BR", phone: "+55 11 3149-5959")

    /// A request that R1 accepts, for 2 units at 19.99 EUR.
    static func request(
        quantity: Int = 2, unitPrice: PlacementRequest.Price = .init(minorUnits: 1999, currency: "EUR"),
        customer: PlacementRequest.Customer = .init(name: "Ana Souza", email: "ana.souza@example.com"),
        address: PlacementRequest.ShippingAddress = brazilianAddress, idempotencyKey: String? = "checkout-7f3a"
    ) -> PlacementRequest {
        PlacementRequest(
            listingID: listingID, sku: sku, quantity: quantity, unitPrice: unitPrice, customer: customer,
            shippingAddress: address, paymentToken: "tok_visa_4242", idempotencyKey: idempotencyKey)
    }

    /// The listing `request()` orders from: active, 19.99 EUR, two sizes, the default limit of 10.
    static func listing(
        isActive: Bool = true, minorUnits: Int64 = 1999, currency: String = "EUR",
        perOrderLimit: Int = ListingTerms.defaultPerOrderLimit
    ) throws -> ListingTerms {
        let currencyCode = try #require(CurrencyCode(currency))
        return ListingTerms(
            listingID: listingID, isActive: isActive, unitPrice: Money(minorUnits: minorUnits, currency: currencyCode),
            skus: [sku, "TSHIRT-L-BLUE"], perOrderLimit: perOrderLimit)
    }

    /// The refusals of `request()` with its address replaced by `address`.
    static func refusals(of address: PlacementRequest.ShippingAddress) -> [FieldError] {
        PlacementValidator().validateRequest(request(address: address))
    }
}
