import Contracts
import Foundation
import Testing

/// The shared ids: distinct types over a string, written in JSON as the bare string.
@Suite("Identifiers")
struct IdentifierTests {
    @Test("each id encodes as a bare JSON string and decodes back")
    func bareStrings() throws {
        try expectBareString(OrderID("ord_01JD7Y"), "ord_01JD7Y")
        try expectBareString(MerchantID("mer_1"), "mer_1")
        try expectBareString(ListingID("lst_1"), "lst_1")
        try expectBareString(SupplierID("sup_a"), "sup_a")
    }

    @Test("an id in an object is a string field; a number or an object is refused")
    func inAnObject() throws {
        struct Holder: Codable, Equatable {
            var orderID: OrderID
        }
        let data = try DomainTime.makeEncoder().encode(Holder(orderID: "ord_1"))
        #expect(String(decoding: data, as: UTF8.self) == #"{"orderID":"ord_1"}"#)
        #expect(try DomainTime.makeDecoder().decode(Holder.self, from: data) == Holder(orderID: "ord_1"))
        for json in [#"{"orderID":7}"#, #"{"orderID":{"rawValue":"ord_1"}}"#] {
            #expect(throws: DecodingError.self) {
                try DomainTime.makeDecoder().decode(Holder.self, from: Data(json.utf8))
            }
        }
    }

    @Test("literals, raw values and descriptions agree")
    func literals() {
        let id: OrderID = "ord_1"
        #expect(id == OrderID(rawValue: "ord_1"))
        #expect(id.rawValue == "ord_1")
        #expect(id.description == "ord_1")
        #expect("\(id)" == "ord_1")
    }

    private func expectBareString<ID: Codable & Equatable>(
        _ id: ID, _ text: String, sourceLocation: SourceLocation = #_sourceLocation
    ) throws {
        let data = try DomainTime.makeEncoder().encode(id)
        #expect(String(decoding: data, as: UTF8.self) == "\"\(text)\"", sourceLocation: sourceLocation)
        #expect(try DomainTime.makeDecoder().decode(ID.self, from: data) == id, sourceLocation: sourceLocation)
    }
}
