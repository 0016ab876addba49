import Contracts

/// An S10 check written for the tests, apart from the simulator's generator, so that one can vouch for the other:
/// 13 characters, two letters, eight serial digits, the mod-11 check digit (weights 8 6 4 2 3 5 9 7; 10 → 0,
/// 11 → 5) and an ISO 3166-1 country.
enum S10Check {
    /// The parts of a well-formed number (white space removed), whatever its check digit and country.
    static func parts(_ text: String) -> (indicator: String, serial: Int, check: Int, country: String)? {
        let characters = Array(text.filter { !$0.isWhitespace })
        guard characters.count == 13,
            characters[0..<2].allSatisfy({ $0.isASCII && $0.isUppercase }),
            characters[11..<13].allSatisfy({ $0.isASCII && $0.isUppercase }),
            characters[2..<11].allSatisfy({ $0.isASCII && $0.isNumber }),
            let serial = Int(String(characters[2..<10])), let check = Int(String(characters[10]))
        else { return nil }
        return (String(characters[0..<2]), serial, check, String(characters[11..<13]))
    }

    /// The check digit the serial must carry.
    static func expectedCheck(serial: Int) -> Int {
        let digits = String(serial).leftPadded(to: 8).compactMap(\.wholeNumberValue)
        let sum = zip(digits, [8, 6, 4, 2, 3, 5, 9, 7]).map { $0 * $1 }.reduce(0, +)
        let check = 11 - sum % 11
        return check == 10 ? 0 : check == 11 ? 5 : check
    }

    /// Whether `text` is a valid S10 number.
    static func isValid(_ text: String) -> Bool {
        guard let parts = parts(text) else { return false }
        return parts.check == expectedCheck(serial: parts.serial) && CountryCode(parts.country) != nil
    }
}

extension String {
    /// The string with leading zeros up to `length` characters.
    fileprivate func leftPadded(to length: Int) -> String {
        String(repeating: "0", count: max(0, length - count)) + self
    }
}
