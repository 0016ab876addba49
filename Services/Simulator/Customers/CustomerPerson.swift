import Contracts
import SeededRandom

/// One generated shopper: a name and a shipping address in their country's format, and an email handle.
struct CustomerPerson {
    let name: String
    let address: Address
    private let handle: String

    init(country: CustomerCountry, random: inout SplitMix64) {
        let given = random.pick(country.givenNames)
        let family = random.pick(country.familyNames)
        let place = random.pick(country.places)
        let street = random.pick(place.streets)
        let number = 1 + random.nextInt(below: 999)
        let unit = country.unitLine.flatMap { line in random.chance(0.3) ? line(1 + random.nextInt(below: 999)) : nil }
        name = country.fullName(given: given, family: family)
        handle = "\(given.latin).\(family.latin)"
        address = Address(
            name: name, line1: country.streetLine(street, number), line2: unit, city: place.city,
            region: place.region, postalCode: place.postalCode, country: country.code)
    }

    /// `misaki.sato@domain`, half of the time with two digits after the name.
    func email(domain: String, random: inout SplitMix64) -> String {
        let suffix = random.chance(0.5) ? String(10 + random.nextInt(below: 90)) : ""
        return "\(handle)\(suffix)@\(domain)"
    }
}
