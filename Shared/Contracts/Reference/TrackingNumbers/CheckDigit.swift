/// The check-digit algorithms of the tracking-number formats (R9), each a pure function over the characters the
/// check digit protects (ASCII bytes of a normalised number) that returns the check digit they call for.
///
/// The UPU S10 check digit is `S10TrackingNumber.checkDigit(serial:)`.
enum CheckDigit {
    /// Weighted mod 10: each character's value (a digit its own; an upper-case letter its ASCII code − 3, mod 10,
    /// so `A` is 2) times its weight, summed; the check digit brings the sum up to a multiple of 10. Counting from 0
    /// at the left (at the right when `fromRight`), characters at even positions weigh `evenWeight`, those at odd
    /// positions `oddWeight`. GS1's rule is weights 3 and 1 from the right; UPS doubles every second character.
    /// Nil when a character is neither a digit nor an upper-case letter.
    static func mod10(
        _ characters: ArraySlice<UInt8>, evenWeight: Int, oddWeight: Int, fromRight: Bool = false
    ) -> Int? {
        let ordered = fromRight ? Array(characters.reversed()) : Array(characters)
        var sum = 0
        for (position, byte) in ordered.enumerated() {
            guard let value = mod10Value(of: byte) else { return nil }
            sum += value * (position.isMultiple(of: 2) ? evenWeight : oddWeight)
        }
        return (10 - sum % 10) % 10
    }

    /// Mod 7 (DHL Express): the digits read as one number, modulo 7. Nil when a byte is not a digit or the number
    /// does not fit in 64 bits.
    static func mod7(_ digits: ArraySlice<UInt8>) -> Int? {
        guard digits.allSatisfy(\.isASCIIDigit), let number = Int(String(decoding: digits, as: UTF8.self)) else {
            return nil
        }
        return number % 7
    }

    /// Weighted sum mod 11 mod 10 (FedEx Express): each digit times the weight at its position, the weights repeated
    /// from the left as often as needed (e.g. 3 1 7 3 1 7 …); the check digit is the sum modulo 11, then modulo 10
    /// (a remainder of 10 is written 0). Nil when a byte is not a digit.
    static func weightedMod11Mod10(_ digits: ArraySlice<UInt8>, weights: [Int]) -> Int? {
        var sum = 0
        for (position, byte) in digits.enumerated() {
            guard let digit = digitValue(of: byte) else { return nil }
            sum += digit * weights[position % weights.count]
        }
        return sum % 11 % 10
    }

    /// Luhn (Purolator, Old Dominion): from the right, every other digit starting with the one next to the check
    /// digit is doubled, and a doubled value above 9 loses 9; the check digit brings the sum up to a multiple of 10.
    /// Nil when a byte is not a digit.
    static func luhn(_ digits: ArraySlice<UInt8>) -> Int? {
        var sum = 0
        for (position, byte) in digits.reversed().enumerated() {
            guard let digit = digitValue(of: byte) else { return nil }
            let doubled = position.isMultiple(of: 2) ? digit * 2 : digit
            sum += doubled > 9 ? doubled - 9 : doubled
        }
        return (10 - sum % 10) % 10
    }

    /// ISO/IEC 7064 MOD 37,36 (DPD): characters are worth 0-9 and A-Z = 10-35; starting from p = 36, each character
    /// makes s = (p + value) mod 36, with 0 written 36, then p = 2s mod 37; the check character is worth
    /// (37 − p) mod 36. Returns that worth (0-35), nil when a byte is neither a digit nor an upper-case letter.
    static func mod37_36(_ characters: ArraySlice<UInt8>) -> Int? {
        var product = 36
        for byte in characters {
            guard let value = base36Value(of: byte) else { return nil }
            var sum = (product + value) % 36
            if sum == 0 { sum = 36 }
            product = sum * 2 % 37
        }
        return (37 - product) % 36
    }

    /// Whether `byte` is the digit `expected`; false when there is no byte or no expected digit (a character the
    /// algorithm cannot read).
    static func written(_ byte: UInt8?, is expected: Int?) -> Bool {
        guard let byte, let expected else { return false }
        return digitValue(of: byte) == expected
    }

    /// A digit's value, or nil for any other byte.
    static func digitValue(of byte: UInt8) -> Int? {
        byte.isASCIIDigit ? Int(byte - UInt8(ascii: "0")) : nil
    }

    /// A digit's own value, an upper-case letter's ASCII code − 3 mod 10 (the mod 10 rule's reading of letters).
    static func mod10Value(of byte: UInt8) -> Int? {
        if let digit = digitValue(of: byte) { return digit }
        return byte.isASCIIUpperCaseLetter ? (Int(byte) - 3) % 10 : nil
    }

    /// 0-9 for digits, 10-35 for `A`-`Z`.
    static func base36Value(of byte: UInt8) -> Int? {
        if let digit = digitValue(of: byte) { return digit }
        return byte.isASCIIUpperCaseLetter ? Int(byte - UInt8(ascii: "A")) + 10 : nil
    }
}
