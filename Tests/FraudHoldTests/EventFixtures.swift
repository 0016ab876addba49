import Contracts
import Foundation

/// Upstream facts for the service tests: what Orders and Payments publish about an order.
enum EventFixtures {
    /// `order.placed` for 50.00 USD (by default) by ana@example.com, shipped home, from merchant `m-1`.
    static func placed(
        _ id: OrderID, merchant: MerchantID = "m-1", email: String = "ana@example.com",
        total: Money = Fixtures.usd(50_00), address: Address = Fixtures.home, at: Date = Fixtures.t0
    ) -> OrderPlaced {
        OrderPlaced(
            orderID: id, merchantID: merchant, listingID: "lst-1", sku: "SKU-1", quantity: 1, unitPrice: total,
            total: total, customerName: address.name, customerEmail: email, shippingAddress: address, at: at)
    }

    /// `payment.authorised` on card `card` issued in `country`.
    static func authorised(
        _ id: OrderID, card: String = "fp_card", country: String = "US", total: Money = Fixtures.usd(50_00), at: Date
    ) -> PaymentAuthorised {
        PaymentAuthorised(
            orderID: id, authorisationID: "auth-\(id)", amount: total, card: details(card, country), authorisedAt: at)
    }

    /// `payment.declined` on card `card`.
    static func declined(_ id: OrderID, card: String = "fp_card", at: Date) -> PaymentDeclined {
        PaymentDeclined(
            orderID: id, amount: Fixtures.usd(50_00), reason: .cardDeclined, card: details(card, "US"), attempts: 1,
            declinedAt: at)
    }

    /// `order.cancelled` by the customer.
    static func cancelled(_ id: OrderID, at: Date) -> OrderCancelled {
        OrderCancelled(orderID: id, cause: .customerCancelled, at: at)
    }

    /// A different customer's address, so that only the card links orders.
    static func address(_ number: Int) -> Address {
        Address(
            name: "Customer \(number)", line1: "\(number) Elm Street", city: "Springfield", postalCode: "62701",
            country: "US")
    }

    private static func details(_ fingerprint: String, _ country: String) -> CardDetails {
        CardDetails(fingerprint: fingerprint, brand: "visa", last4: "4242", country: CountryCode(country))
    }
}
