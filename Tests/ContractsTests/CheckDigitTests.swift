import Testing

@testable import Contracts

/// R9: each check-digit algorithm, alone on textbook inputs and through a format: a known valid number is accepted,
/// and the same number with any other character in its check digit's place is refused.
@Suite("Tracking-number check digits")
struct CheckDigitTests {
    /// A valid number of `format` (normalised) whose check character stands at `checkIndex`.
    struct Example: Sendable, CustomTestStringConvertible {
        let algorithm: String
        let format: TrackingNumberFormat
        let number: String
        let checkIndex: Int

        var testDescription: String { "\(algorithm): \(format) \(number)" }
    }

    static let examples = [
        Example(
            algorithm: "mod 10, letters read, every second doubled", format: .ups, number: "1Z879E930346834440",
            checkIndex: 17),
        Example(algorithm: "mod 10, every second doubled", format: .upsWaybill, number: "K1506235620", checkIndex: 10),
        Example(algorithm: "mod 10 after a leading 4", format: .ontracC, number: "C11031500001879", checkIndex: 14),
        Example(algorithm: "mod 10, weights 3 1", format: .canadaPost, number: "0073938000549297", checkIndex: 15),
        Example(algorithm: "mod 10, weights 3 1", format: .usps20, number: "03071790000523483741", checkIndex: 19),
        Example(
            algorithm: "mod 10, weights 3 1 after 91", format: .uspsLegacy, number: "71969010756003077385",
            checkIndex: 19),
        Example(
            algorithm: "mod 10, weights 3 1 from the right", format: .uspsImpbN,
            number: "420787459400111206206406260787", checkIndex: 29),
        Example(
            algorithm: "mod 10, weights 3 1 from the left", format: .uspsImpbC,
            number: "4201002334249200190132607600833457", checkIndex: 33),
        Example(algorithm: "mod 10, weights 1 3", format: .fedexGround, number: "568283610012734", checkIndex: 14),
        Example(
            algorithm: "mod 10, weights 1 3", format: .fedexGround96, number: "9611020987654312345672",
            checkIndex: 21),
        Example(
            algorithm: "mod 10, weights 3 1, serial only", format: .fedexGroundSscc18,
            number: "000123450000000027", checkIndex: 17),
        Example(algorithm: "mod 7", format: .dhlExpress, number: "3318810025", checkIndex: 9),
        Example(algorithm: "weights 3 1 7, mod 11 mod 10", format: .fedex12, number: "986578788855", checkIndex: 11),
        Example(
            algorithm: "weights 1 7 3, mod 11 mod 10", format: .fedex34,
            number: "1001921334250001000300779017972697", checkIndex: 33),
        Example(
            algorithm: "weights 3 1 7, mod 11 mod 10", format: .fedexAstra32,
            number: "32971514560102447849175802862014", checkIndex: 27),
        Example(
            algorithm: "weights 1 7 3, mod 11 mod 10", format: .fedexGroundGsn,
            number: "9622001900000000000000776632517510", checkIndex: 33),
        Example(algorithm: "Luhn", format: .purolatorNumeric, number: "320595463938", checkIndex: 11),
        Example(algorithm: "Luhn", format: .oldDominion, number: "07209562763", checkIndex: 10),
        Example(algorithm: "Luhn", format: .oldDominionGuaranteedShipment, number: "80003280379", checkIndex: 10),
        Example(algorithm: "MOD 37,36", format: .dpd14, number: "09980000020033F", checkIndex: 14),
        Example(algorithm: "MOD 37,36", format: .dpd, number: "008182709980000020045327276N", checkIndex: 27),
        Example(algorithm: "S10 mod 11", format: .s10, number: "RB123456785GB", checkIndex: 10),
    ]

    @Test("R9: a valid number is accepted, and refused with any other check character", arguments: examples)
    func checkCharacter(_ example: Example) {
        #expect(example.format.accepts(example.number), "\(example.number)")
        var bytes = Array(example.number.utf8)
        let written = bytes[example.checkIndex]
        let alphabet =
            example.format == .dpd || example.format == .dpd14
            ? "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
            : "0123456789"
        for other in alphabet.utf8 where other != written {
            bytes[example.checkIndex] = other
            let changed = String(decoding: bytes, as: UTF8.self)
            #expect(!example.format.accepts(changed), "\(example.format) accepted \(changed)")
        }
    }

    @Test("R9: GS1's mod 10 (weights 3 1 from the right) gives an EAN-13's check digit")
    func gs1() {
        #expect(CheckDigit.mod10(bytes("629104150021"), evenWeight: 3, oddWeight: 1, fromRight: true) == 3)
        #expect(CheckDigit.mod10(bytes("12345678901"), evenWeight: 3, oddWeight: 1) == 2)  // UPC-A 123456789012
        #expect(CheckDigit.mod10(bytes("12-4"), evenWeight: 3, oddWeight: 1) == nil)
    }

    @Test("R9: mod 10 reads a letter as its ASCII code − 3, mod 10")
    func mod10Letters() {
        #expect(CheckDigit.mod10Value(of: UInt8(ascii: "A")) == 2)
        #expect(CheckDigit.mod10Value(of: UInt8(ascii: "Z")) == 7)
        #expect(CheckDigit.mod10Value(of: UInt8(ascii: "-")) == nil)
    }

    @Test("R9: Luhn gives 79927398713's check digit")
    func luhn() {
        #expect(CheckDigit.luhn(bytes("7992739871")) == 3)
        #expect(CheckDigit.luhn(bytes("")) == 0)
    }

    @Test("R9: mod 7 is the number's remainder")
    func mod7() {
        #expect(CheckDigit.mod7(bytes("1234567890")) == 3)
        #expect(CheckDigit.mod7(bytes("12A")) == nil && CheckDigit.mod7(bytes("+12")) == nil)
    }

    @Test("R9: weights repeat from the left, then mod 11 and mod 10")
    func weightedMod11Mod10() {
        // 9·3 + 8·1 + 6·7 + 5·3 = 92; 92 mod 11 = 4.
        #expect(CheckDigit.weightedMod11Mod10(bytes("9865"), weights: [3, 1, 7]) == 4)
        // 7·3 + 3·1 = 24; 24 mod 11 = 2. And 10 is written 0: 1·3 + 7·1 = 10.
        #expect(CheckDigit.weightedMod11Mod10(bytes("73"), weights: [3, 1, 7]) == 2)
        #expect(CheckDigit.weightedMod11Mod10(bytes("17"), weights: [3, 1, 7]) == 0)
    }

    @Test("R9: ISO/IEC 7064 MOD 37,36 gives DPD's check characters, letters included")
    func mod37_36() {
        #expect(CheckDigit.mod37_36(bytes("09980000020033")) == CheckDigit.base36Value(of: UInt8(ascii: "F")))
        #expect(CheckDigit.mod37_36(bytes("09980000020034")) == CheckDigit.base36Value(of: UInt8(ascii: "D")))
        #expect(CheckDigit.mod37_36(bytes("0998-")) == nil)
    }

    @Test("R9: the S10 check digit maps 10 to 0 and 11 to 5")
    func s10() {
        #expect(S10TrackingNumber.checkDigit(serial: 12_345_678) == 5)
        // 0 weighs nothing: sum 0, 11 − 0 = 11, written 5.
        #expect(S10TrackingNumber.checkDigit(serial: 0) == 5)
        // 8·7 = 56, 56 mod 11 = 1, 11 − 1 = 10, written 0.
        #expect(S10TrackingNumber.checkDigit(serial: 8) == 0)
    }

    private func bytes(_ text: String) -> ArraySlice<UInt8> { Array(text.utf8)[...] }
}
