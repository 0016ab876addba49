/// The byte classes tracking numbers are written in (R9): ASCII digits and upper-case letters.
extension UInt8 {
    /// `0`-`9`.
    var isASCIIDigit: Bool { (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(self) }

    /// `A`-`Z`.
    var isASCIIUpperCaseLetter: Bool { (UInt8(ascii: "A")...UInt8(ascii: "Z")).contains(self) }
}
