import Foundation

/// One country the generated customers live in: their names as written there, towns whose postal codes and
/// regions follow the country's format (Google's address metadata as R1 reads it), how a street line is
/// written, and the email providers people use. The tables are in `CustomerCountry+<Region>.swift`.
struct CustomerCountry: Sendable {
    /// A name as written locally and the ASCII form people use in email addresses (`美咲` → `misaki`).
    struct Name: Sendable, Equatable {
        let local: String
        let latin: String

        /// Comma-separated names; `local=latin` where the local form is not Latin, else the Latin form is the
        /// local one without accents (`João` → `joao`).
        static func list(_ text: String) -> [Name] {
            text.split(separator: ",").map { entry in
                let parts = entry.split(separator: "=").map { $0.trimmingCharacters(in: .whitespaces) }
                return Name(local: parts[0], latin: Self.handle(parts.count > 1 ? parts[1] : parts[0]))
            }
        }

        /// Lower-case ASCII letters only: accents folded, spaces and other marks dropped (`de Jong` → `dejong`).
        static func handle(_ text: String) -> String {
            text.folding(options: [.diacriticInsensitive, .caseInsensitive], locale: Locale(identifier: "en"))
                .filter { $0.isASCII && $0.isLetter }
        }
    }

    /// A town with a valid postal code and region, and streets in it.
    struct Place: Sendable {
        let city: String
        let region: String?
        let postalCode: String?
        let streets: [String]

        init(_ city: String, region: String? = nil, postalCode: String?, streets: [String]) {
            self.city = city
            self.region = region
            self.postalCode = postalCode
            self.streets = streets
        }
    }

    /// How a full name is written.
    enum NameOrder: Sendable {
        /// `Ana Souza`.
        case givenFirst
        /// `佐藤 美咲` with `separator` " ", `김민준` with "".
        case familyFirst(separator: String)
    }

    /// ISO 3166-1 alpha-2.
    let code: String
    /// The country's relative share of customers.
    let weight: Int
    let givenNames: [Name]
    let familyNames: [Name]
    let nameOrder: NameOrder
    let places: [Place]
    /// Writes the first address line from a street and a house number (1…999).
    let streetLine: @Sendable (_ street: String, _ number: Int) -> String
    /// Writes a flat or unit line from a number (1…999), for the countries where people add one.
    let unitLine: (@Sendable (_ number: Int) -> String)?
    let emailDomains: [String]

    /// Every country, in a fixed order (the generator's draws depend on it).
    static let all: [CustomerCountry] = americas + europe + asiaPacific + middleEast

    /// The full name of `given` and `family`, in the country's order.
    func fullName(given: Name, family: Name) -> String {
        switch nameOrder {
        case .givenFirst: "\(given.local) \(family.local)"
        case .familyFirst(let separator): "\(family.local)\(separator)\(given.local)"
        }
    }
}
