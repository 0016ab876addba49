import Contracts
import Foundation

/// The JSON the tracking store keeps: a shipment's `ShippingChoice` (`ShipmentRecords`, `SentPurchaseOrderRecords`).
enum StoredJSON {
    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    /// `value` as JSON text, times as `DomainTime` writes them.
    static func encode(_ value: some Encodable) throws -> String {
        String(decoding: try encoder.encode(value), as: UTF8.self)
    }

    /// The value `encode` wrote as `text`.
    static func decode<Value: Decodable>(_ type: Value.Type, _ text: String) throws -> Value {
        try decoder.decode(type, from: Data(text.utf8))
    }
}
