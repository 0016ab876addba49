/// OnTrac's tracking numbers (R9): `C` or `D`, a 13-digit serial, a check digit. The check digit is mod 10
/// (`CheckDigit.mod10`, every second digit doubled) over the serial read with a leading `4` for a `C` number (`5`
/// for a `D` number) unless the serial already starts with that digit.
enum OnTracTrackingNumber {
    /// Whether `bytes` is an OnTrac `C` number.
    static func isC(_ bytes: [UInt8]) -> Bool {
        isValid(bytes, letter: "C", leadingDigit: UInt8(ascii: "4"))
    }

    /// Whether `bytes` is an OnTrac `D` number.
    static func isD(_ bytes: [UInt8]) -> Bool {
        isValid(bytes, letter: "D", leadingDigit: UInt8(ascii: "5"))
    }

    /// Whether `bytes` is `letter`, 14 digits, the last the check digit of the serial read after `leadingDigit`.
    private static func isValid(_ bytes: [UInt8], letter: String, leadingDigit: UInt8) -> Bool {
        guard TrackingNumberPiece.matches(bytes, .literal(letter), .digits(14)) else { return false }
        let serial = bytes[1..<14]
        let read = serial.first == leadingDigit ? Array(serial) : [leadingDigit] + serial
        return CheckDigit.written(bytes[14], is: CheckDigit.mod10(read[...], evenWeight: 1, oddWeight: 2))
    }
}
