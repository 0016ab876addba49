import Contracts

/// Card-number arithmetic for the test gateway: digits, the Luhn check, brand and fingerprint.
///
/// Only `TestGateway` sees numbers; Dropline's own code handles tokens (R3).
enum CardNumber {
    /// The digits of `text` with spaces and dashes removed, or nil unless 12 to 19 digits remain.
    static func digits(_ text: String) -> String? {
        let compact = text.filter { $0 != " " && $0 != "-" }
        guard (12...19).contains(compact.count), compact.allSatisfy({ $0.isASCII && $0.isNumber }) else {
            return nil
        }
        return compact
    }

    /// The digits of the card number `token` is, alone or before a test-card suffix (`4242 4242 4242 4242.c1`),
    /// or nil when the token is no number: what the payments service refuses to keep (R3).
    static func number(in token: String) -> String? {
        digits(token) ?? digits(String(TestCardToken.base(of: token)))
    }

    /// True when `digits` passes the Luhn (mod 10) check of ISO/IEC 7812.
    static func passesLuhn(_ digits: String) -> Bool {
        var sum = 0
        for (index, character) in digits.reversed().enumerated() {
            guard let digit = character.wholeNumberValue else { return false }
            let doubled = index % 2 == 1 ? digit * 2 : digit
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return sum % 10 == 0
    }

    /// `visa` for a leading 4, `mastercard` for 51-55 and 2221-2720, otherwise `unknown`.
    static func brand(_ digits: String) -> String {
        if digits.hasPrefix("4") { return "visa" }
        let two = Int(digits.prefix(2)) ?? 0
        let four = Int(digits.prefix(4)) ?? 0
        return (51...55).contains(two) || (2221...2720).contains(four) ? "mastercard" : "unknown"
    }

    /// A stable fingerprint of `text`: `fp_` and the 64-bit FNV-1a hash in hex.
    static func fingerprint(_ text: String) -> String {
        var hash: UInt64 = 0xcbf2_9ce4_8422_2325
        for byte in text.utf8 {
            hash = (hash ^ UInt64(byte)) &* 0x0000_0100_0000_01b3
        }
        let hex = String(hash, radix: 16)
        return "fp_" + String(repeating: "0", count: 16 - hex.count) + hex
    }

    /// The details of a number the gateway has no test card for: brand and last four, no country.
    static func unknownDetails(_ digits: String) -> CardDetails {
        CardDetails(
            fingerprint: fingerprint(digits), brand: brand(digits), last4: String(digits.suffix(4)), country: nil)
    }
}
