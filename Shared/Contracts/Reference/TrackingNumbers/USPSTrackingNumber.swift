/// The United States Postal Service's tracking numbers (R9), all digits, each ending in a GS1-style mod 10 check
/// digit (weights 3 and 1, `CheckDigit.mod10`):
///
/// - USPS 20: a 2-digit service type, a 9-digit mailer id, an 8-digit package id, the check digit.
/// - IMpb N: application identifier `94`, a 3-digit service type, a mailer id (9 digits starting with 9, or 6 not)
///   and a package id, 22, 26 or 30 digits in all with the check digit; weights counted from the right.
/// - IMpb C: application identifier `92` (9-digit mailer id), `93` (6-digit mailer id) or `95`, a 3-digit service
///   type, mailer and package ids, 22 or 26 digits in all; weights counted from the left.
/// - Legacy: an optional `91`, a 2-digit service type, a 9-digit mailer id, an 8-digit package id and the check
///   digit; the check digit is computed as if `91` were written.
///
/// The IMpb and legacy numbers may be preceded by the routing code their barcode carries: `420` and the
/// destination ZIP code (5 digits, or 9 with ZIP+4).
enum USPSTrackingNumber {
    /// Whether `bytes` is a USPS 20 number.
    static func isUSPS20(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(20)) && endsInMod10CheckDigit(bytes[...])
    }

    /// Whether `bytes` is an IMpb N number, routing code or not.
    static func isIMpbN(_ bytes: [UInt8]) -> Bool {
        let routed = routingCodeLengths(of: bytes, zip9Leaves: [22], zip5Leaves: [22, 26])
        guard let serial = firstSerial(of: bytes, after: routed, where: isIMpbNSerial) else { return false }
        return endsInMod10CheckDigit(serial, fromRight: true)
    }

    /// Whether `bytes` is an IMpb C number, routing code or not.
    static func isIMpbC(_ bytes: [UInt8]) -> Bool {
        let routed = routingCodeLengths(of: bytes, zip9Leaves: [22], zip5Leaves: nil)
        guard let serial = firstSerial(of: bytes, after: routed, where: isIMpbCSerial) else { return false }
        return endsInMod10CheckDigit(serial)
    }

    /// Whether `bytes` is a legacy USPS number, routing code or not.
    static func isLegacy(_ bytes: [UInt8]) -> Bool {
        let routed = routingCodeLengths(of: bytes, zip9Leaves: nil, zip5Leaves: nil)
        guard let serial = firstSerial(of: bytes, after: routed, where: isLegacySerial) else { return false }
        let withIdentifier = serial.starts(with: Self.legacyIdentifier) ? Array(serial) : Self.legacyIdentifier + serial
        return endsInMod10CheckDigit(withIdentifier[...])
    }

    /// `91`, the legacy numbers' application identifier.
    private static let legacyIdentifier = Array("91".utf8)

    /// `94`, then a 3-digit service type, then a 9-digit mailer id starting with 9 and a package id of 15, 11 or 7
    /// digits, or a 6-digit one and a package id of 14 or 10, then the check digit.
    private static func isIMpbNSerial(_ serial: ArraySlice<UInt8>) -> Bool {
        guard serial.starts(with: Array("94".utf8)), serial.count > 5 else { return false }
        let mailerAndPackage = serial.dropFirst(5)
        let lengths = mailerAndPackage.first == UInt8(ascii: "9") ? [25, 21, 17] : [21, 17]
        return lengths.contains(mailerAndPackage.count)
    }

    /// `92` before a 9-digit mailer id starting with 9, `93` before a 6-digit one, or `95`; a 3-digit service type;
    /// mailer and package ids of 20 or 16 digits together; the check digit.
    private static func isIMpbCSerial(_ serial: ArraySlice<UInt8>) -> Bool {
        guard serial.count > 5 else { return false }
        let mailerAndPackage = serial.dropFirst(5)
        let startsWithNine = mailerAndPackage.first == UInt8(ascii: "9")
        let identifierFits =
            switch (serial.first, serial.dropFirst().first) {
            case (UInt8(ascii: "9"), UInt8(ascii: "2")): startsWithNine
            case (UInt8(ascii: "9"), UInt8(ascii: "3")): !startsWithNine
            case (UInt8(ascii: "9"), UInt8(ascii: "5")): true
            default: false
            }
        return identifierFits && [21, 17].contains(mailerAndPackage.count)
    }

    /// `91` and 20 digits, or 20 digits.
    private static func isLegacySerial(_ serial: ArraySlice<UInt8>) -> Bool {
        serial.count == 20 || (serial.count == 22 && serial.starts(with: Self.legacyIdentifier))
    }

    /// Where the serial may start, in the order a barcode reader tries them: after `420` and a ZIP+4 (12 digits)
    /// when `zip9Leaves` (nil: any length) admits the digits left, after `420` and a ZIP code (8) likewise, else at
    /// the start.
    private static func routingCodeLengths(of bytes: [UInt8], zip9Leaves: Set<Int>?, zip5Leaves: Set<Int>?) -> [Int] {
        guard bytes.starts(with: Array("420".utf8)) else { return [0] }
        var lengths: [Int] = []
        for (length, leaves) in [(12, zip9Leaves), (8, zip5Leaves)] where bytes.count > length {
            if leaves?.contains(bytes.count - length) ?? true { lengths.append(length) }
        }
        return lengths + [0]
    }

    /// The serial (with its check digit) after the first routing-code length whose remaining digits have the
    /// serial's shape, or nil when there is none or a byte is not a digit.
    private static func firstSerial(
        of bytes: [UInt8], after routingCodeLengths: [Int], where isSerial: (ArraySlice<UInt8>) -> Bool
    ) -> ArraySlice<UInt8>? {
        guard bytes.allSatisfy(\.isASCIIDigit) else { return nil }
        return routingCodeLengths.lazy.map { bytes.dropFirst($0) }.first(where: isSerial)
    }

    /// Whether the last digit is the mod 10 check digit (weights 3 and 1) of the digits before it.
    private static func endsInMod10CheckDigit(_ digits: ArraySlice<UInt8>, fromRight: Bool = false) -> Bool {
        CheckDigit.written(
            digits.last, is: CheckDigit.mod10(digits.dropLast(), evenWeight: 3, oddWeight: 1, fromRight: fromRight))
    }
}
