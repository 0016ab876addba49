import Contracts
import Foundation

/// How the store writes times and nested values: integer milliseconds, and JSON in the bus's format.
enum StoreCoding {
    static let encoder = DomainTime.makeEncoder()
    static let decoder = DomainTime.makeDecoder()

    /// `value` as JSON text, for a TEXT column.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value a TEXT column holds as JSON.
    static func decode<Value: Decodable>(_ type: Value.Type, json: String) throws -> Value {
        try decoder.decode(type, from: Data(json.utf8))
    }

    /// Milliseconds since 1970, the precision of every time on the bus.
    static func milliseconds(_ date: Date) -> Int64 {
        Int64((date.timeIntervalSince1970 * 1000).rounded())
    }

    static func date(milliseconds: Int64) -> Date {
        Date(timeIntervalSince1970: Double(milliseconds) / 1000)
    }

    /// `date` rounded to the millisecond, so that what is stored reads back equal.
    static func rounded(_ date: Date) -> Date {
        self.date(milliseconds: milliseconds(date))
    }
}
