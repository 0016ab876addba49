/// A Canpar tracking number (R9): one of `C D K L S U X Z`, then 21 digits; no check digit.
enum CanparTrackingNumber {
    /// Whether `bytes` is a Canpar (22) number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .oneOf("CDKLSUXZ"), .digits(21))
    }
}
