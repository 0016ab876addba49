/// The decimal digits of every script, as R1 reads a postal code written in the country's own digits.
extension Unicode.Scalar {
    /// The ASCII digit with this digit's value, for any Unicode decimal digit (general category Nd: Bengali `২`,
    /// Arabic-Indic `٢`, Extended Arabic-Indic `۲`, Devanagari `२`, full-width `２`, ASCII `2`); nil for anything
    /// else, including numerals that are not decimal digits (`²`, `Ⅱ`, `二`).
    var asASCIIDigit: Unicode.Scalar? {
        guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
        return Unicode.Scalar(UInt8(ascii: "0") + UInt8(value))
    }

    /// The zero of this digit's script (U+09E6 for Bengali digits), which tells digit systems apart; nil unless
    /// this is a decimal digit. Unicode encodes each script's digits 0 to 9 contiguously.
    var digitSystemZero: UInt32? {
        guard properties.numericType == .decimal, let value = properties.numericValue else { return nil }
        return self.value - UInt32(value)
    }
}
