/// Amazon's tracking numbers (R9), without check digits: Amazon Logistics, `TB` and one of `A C M` then 12 digits
/// (`TBA000000000000`); Amazon International, one of `A F C` then 10 digits (`C1004444443`).
enum AmazonTrackingNumber {
    /// Whether `bytes` is an Amazon Logistics number.
    static func isLogistics(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("TB"), .oneOf("ACM"), .digits(12))
    }

    /// Whether `bytes` is an Amazon International number.
    static func isInternational(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .oneOf("AFC"), .digits(10))
    }
}
