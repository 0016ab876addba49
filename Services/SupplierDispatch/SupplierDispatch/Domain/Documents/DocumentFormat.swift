import Contracts
import Foundation

/// How values print on documents: the same in every language, so that only labels are translated.
enum DocumentFormat {
    /// Countries whose addresses put the postal code after the city (`Springfield, IL 62701`); elsewhere it comes
    /// first (`75007 Paris`).
    private static let postalCodeAfterCity: Set<String> = [
        "US", "CA", "AU", "GB", "IE", "NZ", "IN", "SG", "PH", "ZA", "NG", "JP", "KR", "TW", "HK", "BR", "MY", "TH",
    ]

    /// The calendar date in UTC, ISO 8601: `2026-11-21`.
    static func date(_ date: Date) -> String {
        date.formatted(Date.ISO8601FormatStyle(timeZone: .gmt).year().month().day())
    }

    /// `France (FR)`: the ISO English short name and the code, or the code alone if ISO has no such country.
    static func country(_ code: String) -> String {
        guard let country = CountryCode(code) else { return code }
        return "\(country.name) (\(country.code))"
    }

    /// A party's block: its name, the address's own name when it differs, street, locality, country and phone.
    static func lines(of party: DocumentParty, words: DocumentStrings) -> [String] {
        let address = party.address
        var locality = [address.city]
        if let region = address.region.nonBlank { locality.append(region) }
        if let postalCode = address.postalCode.nonBlank {
            if postalCodeAfterCity.contains(address.country) {
                locality.append(postalCode)
            } else {
                locality.insert(postalCode, at: 0)
            }
        }
        var lines = [party.name]
        if let name = Optional(address.name).nonBlank, name != party.name { lines.append(name) }
        lines.append(address.line1)
        if let line2 = address.line2.nonBlank { lines.append(line2) }
        lines.append(locality.joined(separator: " "))
        lines.append(country(address.country))
        if let phone = address.phone.nonBlank { lines.append(words.phone + words.labelSeparator + phone) }
        return lines
    }
}
