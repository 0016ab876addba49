import Contracts

/// A UPU S10 item identifier, the tracking number of a postal parcel (R9): two service-indicator letters,
/// an 8-digit serial, its mod-11 check digit and the ISO 3166-1 alpha-2 country of the posting operator, e.g.
/// `LZ123456785CN`.
///
/// The check digit weighs the serial's digits by 8 6 4 2 3 5 9 7; it is 11 − (sum mod 11), with 10 written as 0
/// and 11 as 5.
public struct S10TrackingNumber: Sendable, Hashable, CustomStringConvertible {
    /// The weights of the serial's eight digits, left to right.
    static let weights = [8, 6, 4, 2, 3, 5, 9, 7]

    /// Two upper-case ASCII letters, e.g. `LZ`.
    public let serviceIndicator: String
    /// `0 ..< 100_000_000`, written with leading zeros.
    public let serial: Int
    public let country: CountryCode

    /// The number, or nil when the service indicator is not two upper-case ASCII letters or the serial is not
    /// 8 digits.
    public init?(serviceIndicator: String, serial: Int, country: CountryCode) {
        let letters = Array(serviceIndicator.utf8)
        guard letters.count == 2, letters.allSatisfy({ (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains($0) }),
            (0..<100_000_000).contains(serial)
        else { return nil }
        self.serviceIndicator = serviceIndicator
        self.serial = serial
        self.country = country
    }

    /// The check digit of an 8-digit serial.
    public static func checkDigit(serial: Int) -> Int {
        var rest = serial
        var sum = 0
        for weight in weights.reversed() {
            sum += (rest % 10) * weight
            rest /= 10
        }
        switch 11 - sum % 11 {
        case 10: return 0
        case 11: return 5
        case let digit: return digit
        }
    }

    /// `LZ123456785CN`.
    public var description: String {
        let digits = String(serial)
        let padded = String(repeating: "0", count: 8 - digits.count) + digits
        return "\(serviceIndicator)\(padded)\(Self.checkDigit(serial: serial))\(country.code)"
    }
}
