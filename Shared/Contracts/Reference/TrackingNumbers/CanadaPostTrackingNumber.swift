/// A Canada Post tracking number (R9): 16 digits, a 7-digit origin id and 8 more digits, then a mod 10 check digit
/// with weights 3 and 1 (`CheckDigit.mod10`, the first digit weighing 3).
enum CanadaPostTrackingNumber {
    /// Whether `bytes` is a Canada Post (16) number.
    static func isValid(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(16))
            && CheckDigit.written(bytes[15], is: CheckDigit.mod10(bytes[0..<15], evenWeight: 3, oddWeight: 1))
    }
}
