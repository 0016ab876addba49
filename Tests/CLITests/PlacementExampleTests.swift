import Contracts
import Foundation
import Testing

@testable import CLI

/// docs/api.md documents the request of `orders.place` with an example that is the file `orders place --file`
/// reads, `Deploy/examples/placement.json` (the mesh tests place it).
struct PlacementExampleTests {
    static let root = URL(fileURLWithPath: #filePath).deletingLastPathComponent().appendingPathComponent("../..")
        .standardized

    @Test("The example in docs/api.md is Deploy/examples/placement.json, a whole placement request")
    func documentedExampleIsTheFile() throws {
        let path = Self.root.appendingPathComponent("Deploy/examples/placement.json").path
        let request = try InputFile.readJSON(path, as: PlacementRequest.self)
        #expect(request.unitPrice == PlacementRequest.Price(minorUnits: 7990, currency: "BRL"))
        #expect(request.idempotencyKey == "ana-2026-11-22-tee" && request.shippingAddress.country == "BR")

        // The first JSON block after the sentence that names the file
        let doc = try String(contentsOf: Self.root.appendingPathComponent("docs/api.md"), encoding: .utf8)
        let example = try #require(doc.range(of: "An example, the file [Deploy/examples/placement.json]"))
        let open = try #require(doc.range(of: "```json\n", range: example.upperBound..<doc.endIndex))
        let close = try #require(doc.range(of: "```", range: open.upperBound..<doc.endIndex))
        let documented = Data(doc[open.upperBound..<close.lowerBound].utf8)
        let file = try Data(contentsOf: URL(fileURLWithPath: path))
        #expect(
            try JSONSerialization.jsonObject(with: documented) as? NSDictionary
                == JSONSerialization.jsonObject(with: file) as? NSDictionary)

        // And every field of the request is in the doc's table
        let encoded = try JSONSerialization.jsonObject(with: JSONEncoder().encode(request)) as? [String: Any] ?? [:]
        for (key, value) in encoded {
            let nested = (value as? [String: Any]).map { $0.keys.map { "\(key).\($0)" } } ?? [key]
            for field in nested { #expect(doc.contains("| `\(field)` |"), "\(field)") }
        }
    }
}
