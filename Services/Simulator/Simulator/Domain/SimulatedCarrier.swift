import Contracts

/// A postal carrier the simulated suppliers hand parcels to, and how its S10 tracking numbers look (R9).
public struct SimulatedCarrier: Sendable, Equatable {
    /// The carrier's name as it goes into `purchase_orders.ship`, e.g. `China Post`.
    public let name: String
    /// The S10 service indicator of its parcels.
    public let serviceIndicator: String
    /// The posting operator's country, the last two letters of the number.
    public let country: CountryCode

    /// Every carrier a behaviour may name: China Post, Wish Post Standard (15-25 days) and Wish Post Express
    /// (7-12 days), all posted from China.
    public static let all: [SimulatedCarrier] = {
        guard let china = CountryCode("CN") else { preconditionFailure("ISO 3166-1 lost CN") }
        return [
            SimulatedCarrier(name: "China Post", serviceIndicator: "LZ", country: china),
            SimulatedCarrier(name: "Wish Post Standard", serviceIndicator: "LT", country: china),
            SimulatedCarrier(name: "Wish Post Express", serviceIndicator: "LX", country: china),
        ]
    }()

    /// The carrier with this exact name, if the simulator knows it.
    public static func named(_ name: String) -> SimulatedCarrier? {
        all.first { $0.name == name }
    }

    /// The tracking number of the parcel with this serial (`0 ..< 100_000_000`).
    public func trackingNumber(serial: Int) -> S10TrackingNumber {
        guard let number = S10TrackingNumber(serviceIndicator: serviceIndicator, serial: serial, country: country)
        else { preconditionFailure("serial \(serial) is not 8 digits") }
        return number
    }
}
