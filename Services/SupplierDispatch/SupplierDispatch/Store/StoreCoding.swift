import Contracts
import Foundation

/// How the store writes the values it keeps as JSON documents (catalogue records, jobs, parked orders,
/// scorecards): the bus's format with sorted keys, so that the same value is always the same text.
enum StoreCoding {
    private static let encoder: JSONEncoder = {
        let encoder = DomainTime.makeEncoder()
        encoder.outputFormatting = [.sortedKeys]
        return encoder
    }()
    private static let decoder = DomainTime.makeDecoder()

    /// `value` as JSON text, for a TEXT column.
    static func json(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value a TEXT column holds as JSON.
    static func decode<Value: Decodable>(_ type: Value.Type, json: String) throws -> Value {
        try decoder.decode(type, from: Data(json.utf8))
    }
}
