/// A GOFO Express (US) tracking number (R9): `GFUS`, then 14 digits; no check digit.
enum GOFOTrackingNumber {
    /// Whether `bytes` is a GOFO Express (US) number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("GFUS"), .digits(14))
    }
}
