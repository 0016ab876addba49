/// LaserShip's tracking numbers (R9), none with a check digit:
///
/// - LX: `L`, one of `A I E H N X`, a digit 1-3, 7 digits (`LX17635036`).
/// - 1LS7 (15): `1LS7`, `1` or `2`, 10 digits (`1LS717793482164`).
/// - 1LS7 (18): `1LS7`, `1` or `2`, 2 digits, `01`, a digit 1-4, a 6-digit serial, `-1` (`1LS7119013618127-1`).
/// - 1LSCX (15): `1LSCX`, 10 letters and digits (`1LSCXVE005BUEFX`).
enum LaserShipTrackingNumber {
    /// Whether `bytes` is a LaserShip LX number.
    static func isLX(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("L"), .oneOf("AIEHNX"), .oneOf("123"), .digits(7))
    }

    /// Whether `bytes` is a LaserShip 1LS7 (15) number.
    static func is1LS7(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("1LS7"), .oneOf("12"), .digits(10))
    }

    /// Whether `bytes` is a LaserShip 1LS7 (18) number.
    static func is1LS718(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(
            bytes, .literal("1LS7"), .oneOf("12"), .digits(2), .literal("01"), .oneOf("1234"), .digits(6),
            .literal("-1"))
    }

    /// Whether `bytes` is a LaserShip 1LSCX (15) number.
    static func is1LSCX(_ bytes: [UInt8]) -> Bool {
        TrackingNumberPiece.matches(bytes, .literal("1LSCX"), .alphanumerics(10))
    }
}
