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
        guard letters.count == 2, letters.allSatisfy(\.isASCIIUpperCaseLetter), (0..<100_000_000).contains(serial)
        else { return nil }
        self.serviceIndicator = serviceIndicator
        self.serial = serial
        self.country = country
    }

    /// The number `text` writes (13 characters, upper case, no spaces), or nil when it is not one: wrong length or
    /// characters, a check digit that does not match the serial, or a country ISO 3166-1 does not know.
    public init?(_ text: String) {
        let bytes = Array(text.utf8)
        guard bytes.count == 13, bytes[0..<2].allSatisfy(\.isASCIIUpperCaseLetter),
            bytes[2..<11].allSatisfy(\.isASCIIDigit), bytes[11..<13].allSatisfy(\.isASCIIUpperCaseLetter),
            let serial = Int(String(decoding: bytes[2..<10], as: UTF8.self)),
            let country = CountryCode(String(decoding: bytes[11..<13], as: UTF8.self)),
            Int(bytes[10] - UInt8(ascii: "0")) == Self.checkDigit(serial: serial)
        else { return nil }
        self.init(
            serviceIndicator: String(decoding: bytes[0..<2], as: UTF8.self), serial: serial, country: country)
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
