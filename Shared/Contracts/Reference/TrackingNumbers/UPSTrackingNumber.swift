/// A UPS tracking number (R9): `1Z`, then 15 letters and digits (a 6-character shipper account, a 2-character
/// service code and a 7-character package number), then a check digit, e.g. `1Z5R89390357567127`; or a UPS waybill
/// number: one of `A H J K T V`, a 9-digit serial and its check digit, e.g. `K1506235620`.
///
/// Both check digits are mod 10 (`CheckDigit.mod10`) over the characters between the prefix and the check digit:
/// a digit counts as itself, a letter as (its ASCII code − 3) mod 10 (`A` is 2), and every second character (the
/// 2nd, 4th, …) counts twice; the check digit brings the sum up to a multiple of 10.
public enum UPSTrackingNumber {
    /// Whether `text` (upper case, no spaces) is a UPS `1Z` tracking number with the right check digit.
    public static func isValid(_ text: String) -> Bool {
        isValid(Array(text.utf8))
    }

    /// Whether `bytes` is a UPS `1Z` tracking number with the right check digit.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("1Z"), .alphanumerics(15), .digits(1))
            && CheckDigit.written(bytes[17], is: CheckDigit.mod10(bytes[2..<17], evenWeight: 1, oddWeight: 2))
    }

    /// Whether `bytes` is a UPS waybill number with the right check digit.
    static func isWaybill(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .oneOf("AHJKTV"), .digits(10))
            && CheckDigit.written(bytes[10], is: CheckDigit.mod10(bytes[1..<10], evenWeight: 1, oddWeight: 2))
    }
}
