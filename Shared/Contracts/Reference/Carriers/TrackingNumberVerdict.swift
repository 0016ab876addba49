/// R9: what a tracking number is, for the carriers of a catalogue: the formats it is valid in (check digit
/// included), the carriers it is valid for, and, when a carrier is named and the number is not one of its, why
/// (`looks like a UPS number`). Pure: the ship check of `purchase_orders.ship` and `dropline tracking validate`
/// both read it.
public struct TrackingNumberVerdict: Sendable, Hashable {
    /// Why a number is refused, and which input is at fault.
    public enum Refusal: Sendable, Hashable {
        /// The named carrier is not in the catalogue.
        case unknownCarrier(String)
        /// The number is not valid for the named carrier, or for any carrier of the catalogue when none is named.
        case invalidNumber(String)

        /// The request field at fault: `carrier` or `trackingNumber`.
        public var field: String {
            switch self {
            case .unknownCarrier: "carrier"
            case .invalidNumber: "trackingNumber"
            }
        }

        /// The sentence, e.g. `looks like a UPS number, not one of China Post's`.
        public var reason: String {
            switch self {
            case .unknownCarrier(let reason), .invalidNumber(let reason): reason
            }
        }
    }

    /// The number as checked: without whitespace, in upper case (`TrackingNumberFormat.normalised`).
    public let number: String
    /// Every format the number is valid in, whatever the catalogue holds, in `TrackingNumberFormat` order.
    public let formats: [TrackingNumberFormat]
    /// The carriers it is valid for and the format of each, in catalogue order; only the named carrier's when
    /// one is named.
    public let matches: [TrackingNumberMatch]
    /// For a valid UPU S10 number, its posting operator's country.
    public let postingCountry: CountryCode?
    /// Nil when the number is valid (for the named carrier, or for at least one carrier).
    public let refusal: Refusal?

    public var isValid: Bool { refusal == nil }

    /// Judges `number` for `carrier` (a carrier's name or one of its service levels' full names, in any case)
    /// or, with no carrier, for every carrier of `catalogue`.
    public init(_ number: String, carrier carrierName: String? = nil, in catalogue: CarrierCatalogue) {
        let number = TrackingNumberFormat.normalised(number)
        self.number = number
        formats = TrackingNumberFormat.allCases.filter { $0.accepts(number) }
        postingCountry = formats.contains(.s10) ? S10TrackingNumber(number)?.country : nil
        let valid = catalogue.carriers.compactMap { carrier in
            carrier.format(of: number).map { TrackingNumberMatch(carrier: carrier.name, format: $0) }
        }
        guard let carrierName else {
            matches = valid
            refusal = valid.isEmpty ? .invalidNumber(Self.noCarrier(formats, postingCountry)) : nil
            return
        }
        guard let carrier = catalogue.carrier(reportedAs: carrierName) else {
            matches = []
            refusal = .unknownCarrier("must be one of \(catalogue.names)")
            return
        }
        matches = valid.filter { $0.carrier == carrier.name }
        refusal = matches.isEmpty ? .invalidNumber(Self.notFor(carrier, valid, formats, postingCountry)) : nil
    }

    /// What the number is, for people: `a UPU S10 number posted in China (CN)`, `a UPS number`, or nil when no
    /// format takes it.
    public var summary: String? {
        formats.first.map { Self.phrase($0, postingCountry) }
    }

    /// `a UPU S10 number posted in China (CN)` for a valid S10 number, `a UPS number` for others.
    static func phrase(_ format: TrackingNumberFormat, _ country: CountryCode?) -> String {
        guard format == .s10 else { return "a \(format.displayName) number" }
        return country.map(s10Description) ?? "a UPU S10 number"
    }

    /// `a UPU S10 number posted in China (CN)`.
    static func s10Description(_ country: CountryCode) -> String {
        "a UPU S10 number posted in \(country.name) (\(country.code))"
    }

    /// With no carrier named: a number no carrier of the catalogue takes.
    private static func noCarrier(_ formats: [TrackingNumberFormat], _ country: CountryCode?) -> String {
        guard let format = formats.first else { return "is not a tracking number of any known format" }
        return "is \(phrase(format, country)), but no configured carrier takes it"
    }

    /// The named carrier does not take the number: say whose it looks like, else what the carrier expects.
    private static func notFor(
        _ carrier: CarrierDefinition, _ valid: [TrackingNumberMatch], _ formats: [TrackingNumberFormat],
        _ country: CountryCode?
    ) -> String {
        let posted = country.map { " (\(s10Description($0)))" } ?? ""
        if let other = valid.first {
            return "looks like a \(other.carrier) number\(other.format == .s10 ? posted : ""), "
                + "not one of \(carrier.name)'s"
        }
        if let format = formats.first {
            return "looks like a \(format.issuer) number\(format == .s10 ? posted : ""), not one of \(carrier.name)'s"
        }
        return "is not a tracking number of \(carrier.name): expected \(expectation(of: carrier))"
    }

    /// `a UPU S10 number posted in CN, or a UPS number`.
    private static func expectation(of carrier: CarrierDefinition) -> String {
        carrier.trackingFormats.map { format in
            guard format == .s10, !carrier.postedFrom.isEmpty else { return phrase(format, nil) }
            return "a UPU S10 number posted in " + carrier.postedFrom.map(\.code).joined(separator: " or ")
        }.joined(separator: ", or ")
    }
}
