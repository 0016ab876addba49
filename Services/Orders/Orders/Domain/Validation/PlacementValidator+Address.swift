import Contracts
import Foundation

extension PlacementValidator {
    /// R1: the shipping address in its destination country's format, each field's text safe to print.
    func addressRefusals(_ address: PlacementRequest.ShippingAddress) -> [FieldError] {
        let country = address.country.trimmingCharacters(in: .whitespacesAndNewlines)
        let rule = CountryAddressRule.rule(for: country)
        let countryName = CountryCode(country)?.name ?? country
        var errors: [FieldError] = []
        errors.refuse(.shippingName, TextFieldRule.personName.refusal(of: address.name))
        errors.refuse(.shippingLine1, TextFieldRule.line1.refusal(of: address.line1))
        errors.refuse(.shippingLine2, TextFieldRule.line2.refusal(of: address.line2))
        errors.refuse(.shippingCity, TextFieldRule.city.refusal(of: address.city))
        errors.refuse(.shippingRegion, Self.regionRefusal(address.region, rule.region, countryName))
        errors.refuse(.shippingPostalCode, Self.postalCodeRefusal(address.postalCode, rule.postalCode, countryName))
        errors.refuse(.shippingCountry, Self.countryRefusal(country))
        errors.refuse(.shippingPhone, TextFieldRule.phone.refusal(of: address.phone))
        return errors
    }

    /// ISO 3166-1 alpha-2 in upper case; `br` is refused with `BR` as the hint rather than silently fixed.
    private static func countryRefusal(_ country: String) -> String? {
        if country.isEmpty { return "is required" }
        if CountryCode(country) != nil { return nil }
        let upper = country.uppercased()
        if CountryCode(upper) != nil { return "must be upper case: \(upper)" }
        return "is not an ISO 3166-1 alpha-2 country code (2 letters, as BR)"
    }

    /// Safe text; required where the country's rule says so; one of its codes where it lists them.
    private static func regionRefusal(_ region: String?, _ rule: RegionRule, _ countryName: String) -> String? {
        let trimmed = region?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty { return rule.isRequired ? "is required for addresses in \(countryName)" : nil }
        if let unsafeText = TextFieldRule.region.refusal(of: region) { return unsafeText }
        guard let codes = rule.codes, !codes.contains(trimmed) else { return nil }
        let upper = trimmed.uppercased()
        if codes.contains(upper) { return "must be upper case: \(upper)" }
        return "is not a \(rule.noun) code of \(countryName) (as \(rule.example))"
    }

    /// Required where the country's rule says so; its pattern, after safe normalisation, when given.
    private static func postalCodeRefusal(_ code: String?, _ rule: PostalCodeRule, _ countryName: String) -> String? {
        let normalized = rule.normalize(code ?? "")
        if normalized.isEmpty { return rule.isRequired ? "is required for addresses in \(countryName)" : nil }
        return rule.matches(normalized) ? nil : rule.mismatchReason(countryName: countryName)
    }
}
