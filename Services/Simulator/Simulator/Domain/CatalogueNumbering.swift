import Contracts

/// How a simulated supplier numbers a parcel for a carrier of the mesh's catalogue that `SimulatedCarrier` does not
/// know (R9): a UPU S10 number posted from the parcel's origin (or from the carrier's own posting country), a UPS
/// `1Z` number, or a YunExpress `YT` number, whichever of the carrier's formats comes first. Every number is checked
/// against the carrier before it is used; a carrier with none of these formats gets none, and the supplier ships
/// with a carrier of its own.
struct CatalogueNumbering {
    let carrier: CarrierDefinition
    /// Where the parcel leaves from.
    let origin: CountryCode

    /// The tracking number of the parcel with this serial (`0 ..< 100_000_000`), valid for `carrier`; nil when the
    /// simulator cannot write one of its formats.
    func trackingNumber(serial: Int) -> String? {
        for format in carrier.trackingFormats {
            if let number = number(in: format, serial: serial), carrier.format(of: number) != nil { return number }
        }
        return nil
    }

    private func number(in format: TrackingNumberFormat, serial: Int) -> String? {
        switch format {
        case .s10:
            let postsFromOrigin = carrier.postedFrom.isEmpty || carrier.postedFrom.contains(origin)
            guard let country = postsFromOrigin ? origin : carrier.postedFrom.first else { return nil }
            return S10TrackingNumber(serviceIndicator: "LP", serial: serial, country: country)?.description
        case .ups:
            // Account 5R8939, service 03 (ground), the serial as the package number, then the check digit.
            let body = "1Z5R893903" + Self.padded(serial % 10_000_000, to: 7)
            return (0...9).map { body + String($0) }.first(where: UPSTrackingNumber.isValid)
        case .yunexpress:
            return "YT00000000" + Self.padded(serial, to: 8)
        default:
            return nil
        }
    }

    /// `value` in decimal with leading zeros up to `width` digits.
    private static func padded(_ value: Int, to width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(0, width - digits.count)) + digits
    }
}
