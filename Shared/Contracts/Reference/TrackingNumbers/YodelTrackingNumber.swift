/// A Yodel tracking number (R9): `JD` or `JJD`, then 16 digits; no check digit.
enum YodelTrackingNumber {
    /// Whether `bytes` is a Yodel number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("JD"), .digits(16))
            || TrackingNumberPiece.matches(bytes, .literal("JJD"), .digits(16))
    }
}
