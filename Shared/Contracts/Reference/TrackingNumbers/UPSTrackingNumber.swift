/// A UPS tracking number (R9): `1Z`, then 15 letters and digits (a 6-character shipper account, a 2-character
/// service code and a 7-character package number), then a check digit, e.g. `1Z5R89390357567127`.
///
/// The check digit is a mod-10 sum over the 15 characters between `1Z` and it: a digit counts as itself, a letter
/// as (its ASCII code − 3) mod 10 (`A` is 2), and every second character (the 2nd, 4th, …) counts twice; the
/// check digit brings the sum up to a multiple of 10.
public enum UPSTrackingNumber {
    /// Whether `text` (upper case, no spaces) is a UPS tracking number with the right check digit.
    public static func isValid(_ text: String) -> Bool {
        let bytes = Array(text.utf8)
        guard bytes.count == 18, bytes[0] == UInt8(ascii: "1"), bytes[1] == UInt8(ascii: "Z"),
            let check = digit(bytes[17]), bytes[2..<17].allSatisfy({ value(of: $0) != nil })
        else { return false }
        var sum = 0
        for (index, byte) in bytes[2..<17].enumerated() {
            sum += (value(of: byte) ?? 0) * (index % 2 == 1 ? 2 : 1)
        }
        return (10 - sum % 10) % 10 == check
    }

    /// A character's value in the sum: a digit's own, a capital letter's ASCII code − 3, mod 10.
    private static func value(of byte: UInt8) -> Int? {
        if let digit = digit(byte) { return digit }
        guard (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(byte) else { return nil }
        return (Int(byte) - 3) % 10
    }

    private static func digit(_ byte: UInt8) -> Int? {
        (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) ? Int(byte - UInt8(ascii: "0")) : nil
    }
}
