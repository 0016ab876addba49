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
}
