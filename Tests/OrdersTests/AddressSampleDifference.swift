import Contracts
import Orders

/// A deliberate difference between R1 and Google's validator on the generated sample (`AddressSample`): a kind of
/// address on which R1 says otherwise on purpose, each with its reason. docs/rules.md (Addresses) lists the same.
/// Every address that Google's validator and R1 judge differently must be explained by these (one, or several
/// together), and each of these must explain at least one address of the sample, so that the list stays as short
/// as the facts.
enum AddressSampleDifference: String, CaseIterable, Sendable {
    /// R1 also reads a region by its ISO 3166-2 code (`13`, `JP-13`, `US-NY`) and by a name without its accents
    /// (`Sao Paulo`); Google's validator knows only the metadata's keys and names.
    case regionSpelling
    /// R1 follows the national post where its rule is stricter than the metadata's pattern (Spain's 01 to 52,
    /// no Belgian, Austrian, Swiss, Hungarian, Swedish, Indonesian or Thai code starting with 0, Israel's 7 digits):
    /// Google's validator accepts a code no post issues.
    case nationalPostStricter
    /// R1 accepts a spelling the national post reads and the metadata's pattern refuses: Portugal's and Poland's
    /// codes without their hyphen, a Saudi code with its 4-digit additional number.
    case nationalPostSpelling
    /// R1 applies a subdivision's own postal-code pattern and required fields where the metadata gives them
    /// (`sub_xzips`, `sub_xrequires`: Taiwan, Hong Kong and Macao in China's data); Google's Python validator reads
    /// only the country's, and refuses Taiwan's 3- and 5-digit codes.
    case subdivisionFormat
    /// Where the metadata lists a region's cities (Brazil, Chile, China, Hong Kong, Korea, Taiwan), Google's
    /// validator requires one of them and checks the city's own postal-code prefix. R1 reads the country-level
    /// formats only (the Contracts' table has no city lists): any safe city is accepted, and a postal code is checked
    /// against its region's prefixes.
    case cityLists
    /// R1 requires the recipient's name, the label's first line; Google's validator does not check names.
    case nameRequired
    /// R1 takes the country as ISO 3166-1 alpha-2, as the `Address` contract, dispatch's commercial invoices and the
    /// fraud rules read it: Ascension Island (AC), Tristan da Cunha (TA) and Kosovo (XK), which the metadata adds
    /// and ISO does not assign, are refused on the country, and otherwise judged as Google's validator judges them.
    case countryOutsideISO
    /// Google's validator anchors a pattern of alternatives as `^A|B$`, so it accepts a code that merely starts
    /// like an alternative (`BH23 6AA7` in Britain, `LIMA 2O` in Peru); R1 matches the whole code.
    case googleAnchoring

    /// What R1 should refuse (request paths) given what it would refuse if it judged `entry` as Google's validator
    /// did (`expected`): the same set where this difference does not concern the address. Differences compose: an
    /// address in Kosovo without a name is refused on both.
    func adjusted(_ expected: Set<String>, for entry: AddressSampleEntry) -> Set<String> {
        let postalCode = PlacementField.shippingPostalCode.rawValue
        let hasCode = !Self.normalizedCode(entry).isEmpty
        switch self {
        case .regionSpelling:
            let r1Only = ["isoCode", "countryIsoCode", "withoutAccents"].contains(entry.regionForm ?? "")
            guard r1Only, entry.google["region"] == "invalid" else { return expected }
            return expected.subtracting([PlacementField.shippingRegion.rawValue])
        case .nationalPostStricter:
            guard hasCode, Self.metadataPatternMatches(entry) == true, !Self.ruleMatches(entry) else { return expected }
            return expected.union([postalCode])
        case .nationalPostSpelling:
            guard hasCode, Self.metadataPatternMatches(entry) == false, Self.ruleMatches(entry) else { return expected }
            return expected.subtracting([postalCode])
        case .subdivisionFormat:
            return Self.subdivision(of: entry).map { Self.subdivisionAdjusted(expected, entry, $0) } ?? expected
        case .cityLists:
            guard entry.google["city"] == "invalid" else { return expected }
            return expected.subtracting([PlacementField.shippingCity.rawValue])
        case .nameRequired:
            guard entry.name.isEmpty else { return expected }
            return expected.union([PlacementField.shippingName.rawValue])
        case .countryOutsideISO:
            guard CountryCode(entry.country) == nil else { return expected }
            return expected.union([PlacementField.shippingCountry.rawValue])
        case .googleAnchoring:
            guard hasCode, entry.google["postalCode"] == nil, Self.metadataPatternMatches(entry) == false
            else { return expected }
            return expected.union([postalCode])
        }
    }

    /// An address in a subdivision with its own pattern or required fields: its postal code judged by them, and
    /// its city required only where they require it.
    private static func subdivisionAdjusted(
        _ expected: Set<String>, _ entry: AddressSampleEntry, _ subdivision: AddressSubdivision
    ) -> Set<String> {
        guard subdivision.postalCodePattern != nil || subdivision.requiredFields != nil else { return expected }
        var result = expected
        let code = normalizedCode(entry)
        let required = subdivision.requiredFields
        if code.isEmpty, let required, !required.contains(AddressField.postalCode.rawValue) {
            result.remove(PlacementField.shippingPostalCode.rawValue)
        }
        if let pattern = subdivision.postalCodePattern, let regex = try? Regex(pattern).asciiOnlyCharacterClasses(),
            !code.isEmpty, code.wholeMatch(of: regex) != nil
        {
            result.remove(PlacementField.shippingPostalCode.rawValue)
        }
        if entry.city.isEmpty, let required, !required.contains(AddressField.city.rawValue) {
            result.remove(PlacementField.shippingCity.rawValue)
        }
        return result
    }

    /// The postal code as R1 reads it.
    private static func normalizedCode(_ entry: AddressSampleEntry) -> String {
        PostalCodeRule.normalize(entry.postalCode ?? "")
    }

    /// Whether the metadata's own pattern matches the whole code; nil where the country has none.
    private static func metadataPatternMatches(_ entry: AddressSampleEntry) -> Bool? {
        guard let pattern = AddressFormat.format(for: entry.country)?.postalCodePattern,
            let regex = try? Regex(pattern).asciiOnlyCharacterClasses()
        else { return nil }
        return normalizedCode(entry).wholeMatch(of: regex) != nil
    }

    /// Whether R1's pattern for the country (the national post's where Dropline has one) matches the code.
    private static func ruleMatches(_ entry: AddressSampleEntry) -> Bool {
        CountryAddressRule.rule(for: entry.country).postalCode.matches(normalizedCode(entry))
    }

    /// The subdivision the entry's region names by its key or one of its names, as the generator wrote it.
    private static func subdivision(of entry: AddressSampleEntry) -> AddressSubdivision? {
        guard let region = entry.region else { return nil }
        return AddressFormat.format(for: entry.country)?.subdivisions.first {
            ([$0.key] + $0.names + $0.latinNames).contains(region)
        }
    }
}
