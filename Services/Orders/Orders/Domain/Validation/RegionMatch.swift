import Contracts

/// What a region as the customer wrote it is, for R1.
enum RegionMatch: Sendable {
    /// One of the country's subdivisions, by any of the forms the metadata gives.
    case subdivision(AddressSubdivision)
    /// None of the country's subdivisions, or more than one of them.
    case unknown
    /// The country does not list its subdivisions: any safe text is accepted.
    case freeText
}
