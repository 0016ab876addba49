/// A field of a postal address as Google's address metadata names it, by the letter its formats use
/// (`%N%n%O%n%A%n%C, %S %Z` for the United States).
public enum AddressField: Character, CaseIterable, Sendable {
    /// The recipient's name (`N`).
    case name = "N"
    /// The organisation (`O`).
    case organisation = "O"
    /// The street address lines (`A`).
    case streetAddress = "A"
    /// A district or neighbourhood inside the city (`D`).
    case dependentLocality = "D"
    /// The city, town or post town (`C`).
    case city = "C"
    /// The state, province, prefecture, emirate… (`S`).
    case region = "S"
    /// The postal code (`Z`).
    case postalCode = "Z"
    /// A sorting code, as the French CEDEX (`X`).
    case sortingCode = "X"
}
