import Foundation

/// When a parcel is expected at the customer's door, and what the estimate rests on (R10's "confirmed shipped"
/// mail).
public struct DeliveryWindow: Sendable, Equatable, Codable {
    public var earliest: Date
    public var latest: Date
    /// `Wish Post Standard promises 15-25 days`, or `measured on 42 parcels CN → US with China Post`.
    public var basis: String

    public init(earliest: Date, latest: Date, basis: String) {
        self.earliest = earliest
        self.latest = latest
        self.basis = basis
    }
}
