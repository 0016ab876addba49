/// FedEx's tracking numbers (R9), all digits:
///
/// - Express (12): an 11-digit serial and its check digit, weights 3 1 7 mod 11 mod 10.
/// - Express (34): a digit 0-8, 14 digits, a 5-digit destination ZIP code, a 13-digit serial and its check digit,
///   weights 1 7 3 mod 11 mod 10.
/// - ASTRA (32): `3`, 15 digits, an 11-digit serial, its check digit (weights 3 1 7 mod 11 mod 10), 4 more digits.
/// - Ground (15): a 14-digit serial and its mod 10 check digit, every second digit weighing 3.
/// - Ground SSCC-18: a 2-digit container type, a 15-digit serial and its mod 10 check digit, weights 3 and 1.
/// - Ground 96 (22): `96`, 5 digits, a 14-digit serial (shipper and package ids) and its mod 10 check digit,
///   every second digit weighing 3.
/// - Ground GSN (34): `96`, 18 digits, a 13-digit serial and its check digit, weights 1 7 3 mod 11 mod 10.
enum FedExTrackingNumber {
    /// Whether `bytes` is a FedEx Express (12) number.
    static func isExpress12(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(12))
            && CheckDigit.written(bytes[11], is: CheckDigit.weightedMod11Mod10(bytes[0..<11], weights: [3, 1, 7]))
    }

    /// Whether `bytes` is a FedEx Express (34) number.
    static func isExpress34(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .oneOf("012345678"), .digits(33))
            && CheckDigit.written(bytes[33], is: CheckDigit.weightedMod11Mod10(bytes[20..<33], weights: [1, 7, 3]))
    }

    /// Whether `bytes` is a FedEx ASTRA (32) number.
    static func isAstra32(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("3"), .digits(31))
            && CheckDigit.written(bytes[27], is: CheckDigit.weightedMod11Mod10(bytes[16..<27], weights: [3, 1, 7]))
    }

    /// Whether `bytes` is a FedEx Ground (15) number.
    static func isGround(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(15))
            && CheckDigit.written(bytes[14], is: CheckDigit.mod10(bytes[0..<14], evenWeight: 1, oddWeight: 3))
    }

    /// Whether `bytes` is a FedEx Ground SSCC-18 number.
    static func isGroundSSCC18(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .digits(18))
            && CheckDigit.written(bytes[17], is: CheckDigit.mod10(bytes[2..<17], evenWeight: 3, oddWeight: 1))
    }

    /// Whether `bytes` is a FedEx Ground 96 (22) number.
    static func isGround96(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("96"), .digits(20))
            && CheckDigit.written(bytes[21], is: CheckDigit.mod10(bytes[7..<21], evenWeight: 1, oddWeight: 3))
    }

    /// Whether `bytes` is a FedEx Ground GSN (34) number.
    static func isGroundGSN(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("96"), .digits(32))
            && CheckDigit.written(bytes[33], is: CheckDigit.weightedMod11Mod10(bytes[20..<33], weights: [1, 7, 3]))
    }
}
