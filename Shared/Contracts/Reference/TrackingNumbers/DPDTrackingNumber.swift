/// DPD's tracking numbers (R9), each ending in an ISO/IEC 7064 MOD 37,36 check character (a digit or a letter,
/// `CheckDigit.mod37_36`) over the digits before it:
///
/// - DPD (28): a 7-digit destination postcode, a 14-digit parcel number, a 3-digit service code and a 3-digit
///   country code, then the check character.
/// - DPD (14): a 14-digit parcel number, then the check character.
enum DPDTrackingNumber {
    /// Whether `bytes` is a DPD (28) number.
    static func isDPD28(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(27), .alphanumerics(1)) && endsInCheckCharacter(bytes)
    }

    /// Whether `bytes` is a DPD (14) number.
    static func isDPD14(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(14), .alphanumerics(1)) && endsInCheckCharacter(bytes)
    }

    /// Whether the last character is the MOD 37,36 check character of the ones before it.
    private static func endsInCheckCharacter(_ bytes: [UInt8]) -> Bool {
        guard let last = bytes.last else { return false }
        return CheckDigit.base36Value(of: last) == CheckDigit.mod37_36(bytes.dropLast())
    }
}
