import Foundation

extension Duration {
    /// The duration in seconds, as a floating-point number.
    var seconds: Double {
        let (whole, fraction) = components
        return Double(whole) + Double(fraction) / 1e18
    }
}

extension Int {
    /// `200000` as `200,000`.
    var grouped: String {
        let digits = String(Swift.abs(self))
        var text = ""
        for (index, digit) in digits.enumerated() {
            if index > 0 && (digits.count - index) % 3 == 0 { text.append(",") }
            text.append(digit)
        }
        return self < 0 ? "-" + text : text
    }
}

extension Double {
    /// Fixed-point with `digits` decimals, locale-independent.
    func formatted(digits: Int) -> String {
        String(format: "%.\(digits)f", self)
    }
}

extension String {
    /// Left-aligned in a column of `width` characters.
    func padded(to width: Int) -> String {
        count >= width ? self : self + String(repeating: " ", count: width - count)
    }
}
