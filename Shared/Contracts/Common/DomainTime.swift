import Foundation

/// ISO 8601 UTC timestamps with milliseconds, the one time format on the bus and in RPCs.
public enum DomainTime {
    private static let style = Date.ISO8601FormatStyle(includingFractionalSeconds: true)
    private static let plainStyle = Date.ISO8601FormatStyle()

    /// `2026-11-21T12:00:00.000Z` (to the nearest millisecond).
    ///
    /// Every event is stamped with this on the hot path, so years 0001–9999 are formatted by hand; others
    /// fall back to Foundation's ISO 8601 style.
    public static func format(_ date: Date) -> String {
        let milliseconds = Int64((date.timeIntervalSince1970 * 1000).rounded())
        var seconds = time_t(milliseconds.floorDivided(by: 1000))
        var parts = tm()
        guard gmtime_r(&seconds, &parts) != nil, (-1899...8099).contains(parts.tm_year) else {
            return style.format(date)
        }
        var text = [UInt8](repeating: 0, count: 24)
        func put(_ value: Int, at offset: Int, digits: Int) {
            var rest = value
            for index in stride(from: offset + digits - 1, through: offset, by: -1) {
                text[index] = UInt8(ascii: "0") + UInt8(rest % 10)
                rest /= 10
            }
        }
        put(Int(parts.tm_year) + 1900, at: 0, digits: 4)
        put(Int(parts.tm_mon) + 1, at: 5, digits: 2)
        put(Int(parts.tm_mday), at: 8, digits: 2)
        put(Int(parts.tm_hour), at: 11, digits: 2)
        put(Int(parts.tm_min), at: 14, digits: 2)
        put(Int(parts.tm_sec), at: 17, digits: 2)
        put(Int(milliseconds - milliseconds.floorDivided(by: 1000) * 1000), at: 20, digits: 3)
        for (offset, separator) in [(4, "-"), (7, "-"), (10, "T"), (13, ":"), (16, ":"), (19, "."), (23, "Z")] {
            text[offset] = UInt8(ascii: Unicode.Scalar(separator)!)
        }
        return String(decoding: text, as: UTF8.self)
    }

    /// Parses a timestamp with or without fractional seconds or a UTC offset; the exact `format(_:)` shape
    /// takes a fast path.
    public static func parse(_ text: String) -> Date? {
        let bytes = Array(text.utf8)
        if hasFormattedShape(bytes) { return parseFormatted(bytes) }
        return (try? style.parse(text)) ?? (try? plainStyle.parse(text))
    }

    private static func hasFormattedShape(_ bytes: [UInt8]) -> Bool {
        bytes.count == 24 && bytes[4] == UInt8(ascii: "-") && bytes[7] == UInt8(ascii: "-")
            && bytes[10] == UInt8(ascii: "T") && bytes[13] == UInt8(ascii: ":") && bytes[16] == UInt8(ascii: ":")
            && bytes[19] == UInt8(ascii: ".") && bytes[23] == UInt8(ascii: "Z")
    }

    /// Reads the exact `format(_:)` shape; nil for an impossible date such as February 30.
    private static func parseFormatted(_ bytes: [UInt8]) -> Date? {
        func number(_ offset: Int, _ digits: Int) -> Int? {
            var value = 0
            for byte in bytes[offset..<offset + digits] {
                guard (UInt8(ascii: "0")...UInt8(ascii: "9")).contains(byte) else { return nil }
                value = value * 10 + Int(byte - UInt8(ascii: "0"))
            }
            return value
        }
        guard let year = number(0, 4), let month = number(5, 2), let day = number(8, 2), let hour = number(11, 2),
            let minute = number(14, 2), let second = number(17, 2), let millisecond = number(20, 3),
            (1...12).contains(month), (1...31).contains(day), hour < 24, minute < 60, second < 61
        else { return nil }
        var parts = tm()
        parts.tm_year = Int32(year - 1900)
        parts.tm_mon = Int32(month - 1)
        parts.tm_mday = Int32(day)
        parts.tm_hour = Int32(hour)
        parts.tm_min = Int32(minute)
        parts.tm_sec = Int32(second)
        let seconds = timegm(&parts)
        guard parts.tm_mday == Int32(day) else { return nil }  // timegm normalised an impossible date
        return Date(timeIntervalSince1970: Double(seconds) + Double(millisecond) / 1000)
    }

    /// `date` rounded to the whole millisecond, the precision of the bus and of the stores, so that a time
    /// that travels or is stored reads back equal.
    public static func rounded(_ date: Date) -> Date {
        self.date(milliseconds: milliseconds(date))
    }

    /// Whole milliseconds since 1970, rounded (truncating could move a time by 1 ms): how every store keeps a
    /// time in an INTEGER column.
    public static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    /// The time `milliseconds(_:)` stored.
    public static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// The JSON encoder for bus bodies and RPC payloads: dates as `format(_:)`, keys sorted for stable bytes.
    public static func makeEncoder() -> JSONEncoder {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys, .withoutEscapingSlashes]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(format(date))
        }
        return encoder
    }

    /// The JSON decoder matching `makeEncoder()`.
    public static func makeDecoder() -> JSONDecoder {
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            let text = try container.decode(String.self)
            guard let date = parse(text) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not an ISO 8601 time: \(text)")
            }
            return date
        }
        return decoder
    }
}

extension Int64 {
    /// Division rounding towards negative infinity (dates before 1970 have negative milliseconds).
    fileprivate func floorDivided(by divisor: Int64) -> Int64 {
        let quotient = self / divisor
        return (self % divisor != 0 && (self < 0) != (divisor < 0)) ? quotient - 1 : quotient
    }
}
