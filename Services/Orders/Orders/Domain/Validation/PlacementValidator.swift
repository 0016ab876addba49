import Contracts
import Foundation
import InputRules

/// Decides whether a placement request may become an order (R1) and says why not, field by field.
///
/// Pure: no I/O, nothing stored. The orders service calls `validateRequest(_:)` first, then looks the listing up
/// and calls `validateAgainstListing(_:terms:)`, or calls `validate(_:listing:)` for both. An empty list means valid.
/// Every refusal names the field's JSON path and a short reason; refusals come in the request's field order
/// (`PlacementField`), at most one per field.
public struct PlacementValidator: Sendable {
    /// A validator with R1's rules: `CountryAddressRule.all` for addresses, `ListingTerms` for the listing.
    public init() {}

    /// Every R1 refusal, both the request's own and those against the listing (`nil`: no such listing).
    public func validate(_ request: PlacementRequest, listing terms: ListingTerms?) -> [FieldError] {
        (validateRequest(request) + validateAgainstListing(request, terms: terms)).inFieldOrder()
    }

    /// The R1 refusals that need nothing but the request: ids in their form (`IdentifierRule`), quantity 1 to
    /// `QuantityBounds.maxUnitsPerOrder`, price within `AmountBounds` and currency, customer, shipping address in its
    /// country's format, payment token, idempotency key.
    public func validateRequest(_ request: PlacementRequest) -> [FieldError] {
        var errors: [FieldError] = []
        errors.refuse(.listingID, IdentifierRule.refusal(of: request.listingID.rawValue))
        errors.refuse(.sku, IdentifierRule.refusal(of: request.sku))
        errors.refuse(.quantity, Self.quantityRefusal(request.quantity))
        errors += priceRefusals(request.unitPrice)
        errors.refuse(.customerName, TextRule.personName.refusal(of: request.customer.name))
        errors.refuse(.customerEmail, EmailRule.refusal(of: request.customer.email))
        errors += addressRefusals(request.shippingAddress)
        errors.refuse(.paymentToken, Self.paymentTokenRefusal(request.paymentToken))
        errors.refuse(.idempotencyKey, request.idempotencyKey.flatMap(Self.idempotencyKeyRefusal))
        return errors
    }

    // MARK: - Field rules

    /// At least 1 unit, at most `QuantityBounds.maxUnitsPerOrder` (the listing's own limit is checked against it).
    private static func quantityRefusal(_ quantity: Int) -> String? {
        if quantity < 1 { return "must be at least 1" }
        let most = QuantityBounds.maxUnitsPerOrder
        return quantity > most ? "must be at most \(most)" : nil
    }

    /// More than 0 and, in a known currency, at most `AmountBounds.maximum(in:)`.
    private func priceRefusals(_ price: PlacementRequest.Price) -> [FieldError] {
        var errors: [FieldError] = []
        let bound = price.money.flatMap { AmountBounds.refusal(of: $0, mustBePositive: true) }
        errors.refuse(.unitPriceMinorUnits, price.minorUnits > 0 ? bound : "must be greater than 0")
        errors.refuse(.unitPriceCurrency, Self.currencyRefusal(price.currency))
        return errors
    }

    private static func currencyRefusal(_ currency: String) -> String? {
        if currency.isEmpty { return "is required" }
        if CurrencyCode(currency) != nil { return nil }
        let upper = currency.uppercased()
        if CurrencyCode(upper) != nil { return "must be upper case: \(upper)" }
        return "is not an ISO 4217 currency with minor units (as EUR)"
    }

    static let maxPaymentTokenLength = 128
    static let maxIdempotencyKeyLength = 128

    private static func requiredRefusal(of value: String) -> String? {
        value.trimmingCharacters(in: .whitespacesAndNewlines).isEmpty ? "is required" : nil
    }

    private static func paymentTokenRefusal(_ token: String) -> String? {
        if let missing = requiredRefusal(of: token) { return missing }
        return token.count > maxPaymentTokenLength ? "is longer than \(maxPaymentTokenLength) characters" : nil
    }

    /// 1–128 printable ASCII characters, no spaces (a key with a space is too easily retried without it).
    private static func idempotencyKeyRefusal(_ key: String) -> String? {
        if key.isEmpty { return "must not be empty when given" }
        if key.unicodeScalars.count > maxIdempotencyKeyLength {
            return "is longer than \(maxIdempotencyKeyLength) characters"
        }
        let printable = key.unicodeScalars.allSatisfy { (0x21...0x7E).contains($0.value) }
        return printable ? nil : "must be printable ASCII characters without spaces"
    }
}
