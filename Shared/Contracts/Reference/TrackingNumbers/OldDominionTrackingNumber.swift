/// Old Dominion Freight Line's tracking numbers (R9), 11 digits ending in a Luhn check digit (`CheckDigit.luhn`):
/// a standard number starts `777`, `778`, `072` or `780`; a Guaranteed Shipment number starts `80`.
enum OldDominionTrackingNumber {
    /// Whether `bytes` is a standard Old Dominion number.
    static func isStandard(_ bytes: [UInt8]) -> Bool {
        let prefixes = ["777", "778", "072", "780"]
        return prefixes.contains { bytes.starts(with: Array($0.utf8)) }
            && TrackingNumberPiece.matches(bytes, .digits(11)) && endsInLuhnCheckDigit(bytes)
    }

    /// Whether `bytes` is an Old Dominion Guaranteed Shipment number.
    static func isGuaranteedShipment(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("80"), .digits(9)) && endsInLuhnCheckDigit(bytes)
    }

    /// Whether the last digit is the Luhn check digit of the digits before it.
    private static func endsInLuhnCheckDigit(_ bytes: [UInt8]) -> Bool {
        CheckDigit.written(bytes.last, is: CheckDigit.luhn(bytes.dropLast()))
    }
}
