import Contracts
import Foundation

extension PlacementValidator {
    /// The request as the orders service should store and publish it once `validate` accepts it: text fields
    /// without surrounding white space, blank optional fields as nil, the postal code normalised
    /// (`PostalCodeRule.normalize`: `sw1a1aa` → `SW1A1AA`, `１００－０００１` → `100-0001`, Bengali `১২১৫` → `1215`).
    /// Nothing else changes: no case folding of names, no guessing of countries, the region as the customer
    /// wrote it (`SAO PAULO` stays so).
    public func normalized(_ request: PlacementRequest) -> PlacementRequest {
        var result = request
        result.customer.name = Self.trimmed(request.customer.name)
        result.customer.email = Self.trimmed(request.customer.email)
        let address = request.shippingAddress
        let country = Self.trimmed(address.country)
        let postalCode = address.postalCode.map(PostalCodeRule.normalize)
        result.shippingAddress = PlacementRequest.ShippingAddress(
            name: Self.trimmed(address.name), line1: Self.trimmed(address.line1),
            line2: Self.nonBlank(address.line2), city: Self.trimmed(address.city),
            region: Self.nonBlank(address.region), postalCode: Self.nonBlank(postalCode), country: country,
            phone: Self.nonBlank(address.phone))
        return result
    }

    private static func trimmed(_ text: String) -> String {
        text.trimmingCharacters(in: .whitespacesAndNewlines)
    }

    private static func nonBlank(_ text: String?) -> String? {
        guard let text else { return nil }
        let value = trimmed(text)
        return value.isEmpty ? nil : value
    }
}
