/// A YunExpress tracking number (R9): `YT`, then 16 digits; no check digit.
enum YunExpressTrackingNumber {
    /// Whether `bytes` is a YunExpress number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("YT"), .digits(16))
    }
}
