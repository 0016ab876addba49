/// A Landmark Global tracking number, its LTN (R9): `LTN`, 8 digits, `N1`; no check digit.
enum LandmarkGlobalTrackingNumber {
    /// Whether `bytes` is a Landmark Global LTN.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("LTN"), .digits(8), .literal("N1"))
    }
}
