/// A Spee-Dee Delivery tracking number (R9): `SP`, then 18 digits; no check digit.
enum SpeeDeeTrackingNumber {
    /// Whether `bytes` is a Spee-Dee (20) number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("SP"), .digits(18))
    }
}
