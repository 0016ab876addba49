import Contracts
import Foundation

/// The JSON the store keeps in its `document` and `body` columns, written and read with domain time's coding so
/// that dates read back exactly.
enum StoredDocument {
    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    /// `value` as JSON text.
    static func text(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// `value` as JSON bytes.
    static func data(_ value: some Encodable) throws -> Data {
        try encoder.encode(value)
    }

    /// The value JSON `text` holds.
    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
