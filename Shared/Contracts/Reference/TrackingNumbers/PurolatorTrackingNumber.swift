/// Purolator's tracking numbers (R9): 12 digits, the first 0-5 and the last a Luhn check digit
/// (`CheckDigit.luhn`); or 3 letters and 9 digits, without a check digit.
enum PurolatorTrackingNumber {
    /// Whether `bytes` is a numeric Purolator number.
    static func isNumeric(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .oneOf("012345"), .digits(11))
            && CheckDigit.written(bytes.last, is: CheckDigit.luhn(bytes.dropLast()))
    }

    /// Whether `bytes` is a Purolator number of 3 letters and 9 digits.
    static func isAlpha(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .letters(3), .digits(9))
    }
}
