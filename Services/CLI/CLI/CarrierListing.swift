import Contracts

/// The catalogue as `dropline carriers list` shows it: JSON-encodable, and as text for people.
struct CarrierListing: Encodable {
    /// One carrier.
    struct Carrier: Encodable {
        var name: String
        var trackingFormats: [TrackingNumberFormat]
        /// The countries its S10 numbers are posted in; empty for any.
        var postedFrom: [CountryCode]
        /// The countries it takes parcels from; empty for any.
        var origins: [CountryCode]
        /// `["all"]` or country codes.
        var destinations: [String]
        /// Zone name → countries; destinations in no zone are in `rest`.
        var zones: [String: [CountryCode]]
        var serviceLevels: [Level]
    }

    /// One service level.
    struct Level: Encodable {
        var name: String
        var fullName: String
        var transitDays: DayRange
        var hasLastMileTracking: Bool
        var destinations: [String]
        /// Zone name → price of one parcel.
        var prices: [String: Money]
    }

    var carriers: [Carrier]
    /// R9: destination → minimum order value from which last-mile tracking is required.
    var confirmedDelivery: [String: Money]

    init(_ catalogue: CarrierCatalogue, confirmedDelivery: ConfirmedDeliveryPolicy) {
        carriers = catalogue.carriers.map { carrier in
            Carrier(
                name: carrier.name, trackingFormats: carrier.trackingFormats, postedFrom: carrier.postedFrom,
                origins: carrier.origins, destinations: Self.codes(carrier.destinations),
                zones: Dictionary(uniqueKeysWithValues: carrier.zones.map { ($0.name, $0.countries) }),
                serviceLevels: carrier.serviceLevels.map { level in
                    Level(
                        name: level.name, fullName: level.fullName, transitDays: level.transitDays,
                        hasLastMileTracking: level.hasLastMileTracking, destinations: Self.codes(level.destinations),
                        prices: level.prices)
                })
        }
        self.confirmedDelivery = Dictionary(
            uniqueKeysWithValues: confirmedDelivery.minimumOrderValues.map { ($0.key.code, $0.value) })
    }

    /// A carrier per paragraph: its formats, origins and destinations, then a table of its service levels.
    func text() -> String {
        let paragraphs = carriers.map { carrier in
            let formats = carrier.trackingFormats.map { format in
                format == .s10 && !carrier.postedFrom.isEmpty
                    ? "s10 (posted in \(carrier.postedFrom.map(\.code).joined(separator: " ")))" : format.rawValue
            }
            let origins = carrier.origins.isEmpty ? "any" : carrier.origins.map(\.code).joined(separator: " ")
            let head =
                "\(carrier.name): formats \(formats.joined(separator: ", ")); from \(origins); "
                + "to \(carrier.destinations.joined(separator: " "))"
            let rows =
                [["SERVICE LEVEL", "TRANSIT", "LAST MILE", "DESTINATIONS", "PRICE BY ZONE"]]
                + carrier.serviceLevels.map { level in
                    [
                        level.fullName, level.transitDays.description, level.hasLastMileTracking ? "yes" : "no",
                        level.destinations.joined(separator: " "),
                        level.prices.sorted { $0.key < $1.key }.map { "\($0.key) \($0.value)" }.joined(separator: ", "),
                    ]
                }
            return head + "\n" + TextTable.render(rows, indent: "  ")
        }
        let policy = confirmedDelivery.sorted { $0.key < $1.key }.map { "\($0.key) from \($0.value)" }
        let footer =
            "Confirmed Delivery (last-mile tracking required): "
            + (policy.isEmpty ? "never" : policy.joined(separator: ", "))
        return (paragraphs + [footer]).joined(separator: "\n\n")
    }

    private static func codes(_ destinations: CarrierDestinations) -> [String] {
        switch destinations {
        case .all: ["all"]
        case .only(let countries): countries.map(\.code)
        }
    }
}
