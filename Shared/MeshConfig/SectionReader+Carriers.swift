import Contracts
import Foundation

// The value rules of the `carriers` and `confirmed_delivery` sections (R9): countries, formats, day ranges,
// amounts of money and yes/no flags, each error naming its key.
extension SectionReader {
    /// A list of ISO 3166-1 alpha-2 codes; an absent key is an empty list.
    func countries(_ key: String) throws(MeshConfigError) -> [CountryCode] {
        var countries: [CountryCode] = []
        for text in try strings(key) {
            guard let country = CountryCode(text) else {
                throw MeshConfigError(
                    key: keyPath(key), "expected ISO 3166-1 alpha-2 country codes, got \(YAMLWriter.quoted(text))")
            }
            countries.append(country)
        }
        return countries
    }

    /// `all` (or an absent key) for every country, or a non-empty list of countries.
    func destinations(_ key: String) throws(MeshConfigError) -> CarrierDestinations {
        guard let value = map.value(for: key) else { return .all }
        if case .scalar(let scalar) = value, scalar.text == "all" { return .all }
        guard case .list(let items) = value, !items.isEmpty else {
            throw invalid(key, expected: "all, or a non-empty list of country codes", got: value)
        }
        return .only(try countries(key))
    }

    /// A non-empty list of `TrackingNumberFormat` names, each at most once.
    func trackingFormats(_ key: String) throws(MeshConfigError) -> [TrackingNumberFormat] {
        var formats: [TrackingNumberFormat] = []
        for text in try strings(key) {
            guard let format = TrackingNumberFormat(rawValue: text), !formats.contains(format) else {
                let known = TrackingNumberFormat.allCases.map(\.rawValue).joined(separator: ", ")
                throw MeshConfigError(
                    key: keyPath(key),
                    "expected distinct tracking-number formats (\(known)), got \(YAMLWriter.quoted(text))")
            }
            formats.append(format)
        }
        guard !formats.isEmpty else { throw MeshConfigError(key: keyPath(key), "expected at least one format") }
        return formats
    }

    /// `"15-25"` or `"7"`: whole days, minimum at most maximum, at most a year.
    func dayRange(_ key: String) throws(MeshConfigError) -> DayRange {
        let value = try required(key)
        let expectation = "days as \"min-max\" or one number, 0 to 365, min at most max"
        guard case .scalar(let scalar) = value else { throw invalid(key, expected: expectation, got: value) }
        let ends = scalar.text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        guard (1...2).contains(ends.count), let low = ends.first ?? nil, let high = ends.last ?? nil, high <= 365,
            let range = DayRange(minimum: low, maximum: high)
        else { throw invalid(key, expected: expectation, got: value) }
        return range
    }

    /// `true` or `false`.
    func boolean(_ key: String, default defaultValue: Bool) throws(MeshConfigError) -> Bool {
        guard let value = map.value(for: key) else { return defaultValue }
        guard case .scalar(let scalar) = value, let flag = ["true": true, "false": false][scalar.text] else {
            throw invalid(key, expected: "true or false", got: value)
        }
        return flag
    }

    /// An amount written `"12.34 USD"`: an ISO 4217 currency and exactly its minor digits (`"1500 JPY"`), not
    /// negative.
    func money(_ key: String) throws(MeshConfigError) -> Money {
        let value = try required(key)
        guard case .scalar(let scalar) = value, let money = Self.money(scalar.text) else {
            throw invalid(
                key, expected: "an amount as \"12.34 USD\" (an ISO 4217 currency and its minor digits)", got: value)
        }
        return money
    }

    /// `"12.34 USD"` read, or nil.
    static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ")
        guard parts.count == 2, let currency = CurrencyCode(String(parts[1])) else { return nil }
        let amount = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        let fraction = amount.count == 2 ? amount[1] : ""
        guard (1...2).contains(amount.count), (amount.count == 2) == (currency.minorUnits > 0),
            fraction.count == currency.minorUnits, !amount[0].isEmpty, amount[0].count <= 12,
            (amount[0] + fraction).allSatisfy({ $0.isASCII && $0.isNumber }),
            let minorUnits = Int64(amount[0] + fraction)
        else { return nil }
        return Money(minorUnits: minorUnits, currency: currency)
    }
}
