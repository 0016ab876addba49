import Contracts
import Foundation
import InputRules

extension PlacementValidator {
    /// R1: the shipping address in its destination country's format, each field's text safe to print: the fields
    /// the format requires, the region among the country's subdivisions where the metadata lists them, the postal
    /// code in the country's pattern (after `PostalCodeRule.normalize`) and, when the region is known, in the
    /// region's prefixes.
    func addressRefusals(_ address: PlacementRequest.ShippingAddress) -> [FieldError] {
        let country = address.country.trimmingCharacters(in: .whitespacesAndNewlines)
        let rule = CountryAddressRule.rule(for: country)
        let countryName = CountryCode(country)?.name ?? country
        let region = Self.regionVerdict(address.region, rule.region, countryName)
        let subdivision = region.subdivision
        let postalCode = subdivision.map(rule.postalCode(in:)) ?? rule.postalCode
        let requiresCity = subdivision.map(rule.requiresCity(in:)) ?? rule.requiresCity
        let cityRule = requiresCity ? TextRule.city : TextRule.optionalCity
        var errors: [FieldError] = []
        errors.refuse(.shippingName, TextRule.personName.refusal(of: address.name))
        errors.refuse(.shippingLine1, TextRule.line1.refusal(of: address.line1))
        errors.refuse(.shippingLine2, TextRule.line2.refusal(of: address.line2))
        errors.refuse(.shippingCity, cityRule.refusal(of: address.city))
        errors.refuse(.shippingRegion, region.refusal)
        errors.refuse(
            .shippingPostalCode,
            Self.postalCodeRefusal(address.postalCode, postalCode, countryName, subdivision, rule.format))
        errors.refuse(.shippingCountry, CountryRule.refusal(of: country))
        errors.refuse(.shippingPhone, TextRule.phone.refusal(of: address.phone))
        return errors
    }

    /// The region's refusal, or the subdivision it names: safe text; required where the country's format says so;
    /// one of the country's subdivisions where the metadata lists them, by key, ISO code or name.
    private static func regionVerdict(
        _ region: String?, _ rule: RegionRule, _ countryName: String
    ) -> (refusal: String?, subdivision: AddressSubdivision?) {
        let trimmed = region?.trimmingCharacters(in: .whitespacesAndNewlines) ?? ""
        if trimmed.isEmpty { return (rule.isRequired ? "is required for addresses in \(countryName)" : nil, nil) }
        if let unsafeText = TextRule.region.refusal(of: region) { return (unsafeText, nil) }
        switch rule.match(trimmed) {
        case .subdivision(let subdivision): return (nil, subdivision)
        case .freeText: return (nil, nil)
        case .unknown: return ("is not a \(rule.noun) of \(countryName) (as \(rule.example))", nil)
        }
    }

    /// Required where the format says so; digits of one script; the pattern after normalisation; and the prefix
    /// of the region's postal codes when the region is known and the metadata gives its prefixes.
    private static func postalCodeRefusal(
        _ code: String?, _ rule: PostalCodeRule, _ countryName: String, _ subdivision: AddressSubdivision?,
        _ format: AddressFormat?
    ) -> String? {
        let normalized = PostalCodeRule.normalize(code ?? "")
        if normalized.isEmpty { return rule.isRequired ? "is required for addresses in \(countryName)" : nil }
        if PostalCodeRule.mixesDigitSystems(code ?? "") {
            return "mixes digits of different scripts"
        }
        guard rule.matches(normalized) else { return rule.mismatchReason(countryName: countryName) }
        guard let subdivision, let prefix = subdivision.postalCodePrefix,
            let prefixText = subdivision.postalCodePrefixText,
            !CompiledPattern.shared(prefix).matchesPrefix(of: normalized)
        else { return nil }
        let codes = PostalCodeRule.pluralNoun(of: format?.postalCodeKind)
        return "does not belong to \(RegionRule.displayName(of: subdivision)), whose \(codes) start with \(prefixText)"
    }
}
