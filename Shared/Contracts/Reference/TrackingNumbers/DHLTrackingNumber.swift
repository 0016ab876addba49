/// DHL's tracking numbers (R9):
///
/// - Express: 10 or 11 digits, the last the check digit: the digits before it, read as a number, mod 7.
/// - Express piece id: `J`, 2 or 3 letters, 9 or 10 digits; no check digit.
/// - eCommerce: a 2-letter prefix (`GM`, `LX`, `RX`, `UV`, `CN`, `SG`, `TH`, `IN`, `HK`, `MY`), then 10 to 39
///   letters and digits, at least one a digit; no check digit. (An S10 number such as `LX070621885CN` is one too.)
/// - eCommerce (14): 14 digits; no check digit.
enum DHLTrackingNumber {
    /// The prefixes of DHL eCommerce numbers.
    private static let eCommercePrefixes: Set<String> = ["GM", "LX", "RX", "UV", "CN", "SG", "TH", "IN", "HK", "MY"]

    /// Whether `bytes` is a DHL Express number.
    static func isExpress(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(10...11))
            && CheckDigit.written(bytes.last, is: CheckDigit.mod7(bytes.dropLast()))
    }

    /// Whether `bytes` is a DHL Express piece id.
    static func isExpressPieceID(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("J"), .letters(2...3), .digits(9...10))
    }

    /// Whether `bytes` is a DHL eCommerce number.
    static func isECommerce(_ bytes: [UInt8]) -> Bool {
        let rest = bytes.dropFirst(2)
        return eCommercePrefixes.contains(String(decoding: bytes.prefix(2), as: UTF8.self))
            && (10...39).contains(rest.count)
            && rest.allSatisfy { $0.isASCIIDigit || $0.isASCIIUpperCaseLetter } && rest.contains(where: \.isASCIIDigit)
    }

    /// Whether `bytes` is a DHL eCommerce (14) number.
    static func isECommerce14(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(14))
    }
}
