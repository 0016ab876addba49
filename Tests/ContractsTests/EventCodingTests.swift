import Contracts
import Foundation
import Testing

/// Every event payload survives the bus's JSON encoding, with camelCase keys and ids as bare strings.
@Suite("Event coding")
struct EventCodingTests {
    @Test("every event type has a sample")
    func everyTypeHasASample() {
        #expect(EventSamples.all.count == EventSamples.count)
    }

    @Test("every event round-trips through DomainTime's encoder and decoder", arguments: EventSamples.all)
    func roundTrip(sample: EventSample) throws {
        #expect(try sample.roundTrips())
    }

    @Test("ids are bare JSON strings, dates ISO 8601 strings, keys camelCase", arguments: EventSamples.all)
    func jsonShape(sample: EventSample) throws {
        let object = try #require(try JSONSerialization.jsonObject(with: sample.json()) as? [String: Any])
        for (key, value) in Self.fields(of: object) {
            #expect(!key.contains("_"), "\(key) is not camelCase")
            if key.hasSuffix("ID") { #expect(value is String, "\(key) is \(value), not a string") }
            if key == "at" || key.hasSuffix("At") || key == "now" || key == "holdEnds" || key == "holdUntil" {
                let text = try #require(value as? String, "\(key) is \(value), not a string")
                #expect(DomainTime.parse(text) != nil, "\(key) is \(text)")
            }
        }
    }

    @Test("the ids in an event are the plain strings that were given")
    func idValues() throws {
        let placed = OrderPlaced(
            orderID: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: 1,
            unitPrice: EventSamples.price, total: EventSamples.price, customerName: "Ana Souza",
            customerEmail: "ana@example.com", shippingAddress: EventSamples.address, at: EventSamples.t0)
        let json = String(decoding: try DomainTime.makeEncoder().encode(placed), as: UTF8.self)
        #expect(json.contains(#""orderID":"ord_1""#))
        #expect(json.contains(#""merchantID":"mer_1""#))
        #expect(json.contains(#""listingID":"lst_1""#))
        let ranLow = SupplierStockRanLow(
            listingID: "lst_1", sku: "TEE-M", supplierID: "sup_1", merchantID: "mer_1", quantity: 1, referenceLevel: 10,
            at: EventSamples.t0)
        let ranLowJSON = String(decoding: try DomainTime.makeEncoder().encode(ranLow), as: UTF8.self)
        #expect(ranLowJSON.contains(#""supplierID":"sup_1""#))
        #expect(ranLowJSON.contains(#""merchantID":"mer_1""#))
    }

    /// Every key and value of the JSON objects in `value`, at any depth (arrays included).
    static func fields(of value: Any) -> [(String, Any)] {
        if let object = value as? [String: Any] {
            return object.flatMap { key, nested in [(key, nested)] + fields(of: nested) }
        }
        if let array = value as? [Any] { return array.flatMap(fields) }
        return []
    }
}
