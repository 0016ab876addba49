import Foundation
import Testing

/// R9: `dropline tracking validate` and `dropline carriers list` work with no running mesh, on the embedded
/// default's carriers (or `--config`): exit 0 with the verdict, or exit 2 with one line saying why.
struct TrackingValidateCommandTests {
    @Test("R9: a valid S10 number names its posting country and the carriers posting from it")
    func validS10() throws {
        let (status, output, errors) = try DroplineBinary.capture(["tracking", "validate", "lz 123456785 cn"])
        #expect(status == 0 && errors.isEmpty, "\(errors)")
        #expect(
            output
                == "LZ123456785CN: a UPU S10 number posted in China (CN); valid for China Post (s10), Wish Post (s10)\n"
        )
    }

    @Test("R9: a UPS number named as China Post's exits 2 with one line: it looks like a UPS number")
    func looksLikeUPS() throws {
        let (status, output, errors) = try DroplineBinary.capture([
            "tracking", "validate", "1Z5R89390357567127", "--carrier", "China Post",
        ])
        #expect(status == 2 && output.isEmpty)
        #expect(
            errors == ["dropline: tracking number 1Z5R89390357567127 looks like a UPS number, not one of China Post's"])
    }

    @Test("R9: an unknown carrier, a number of no format, and a bad check digit each exit 2 with one line")
    func refusals() throws {
        let unknown = try DroplineBinary.capture(["tracking", "validate", "LZ123456785CN", "--carrier", "Fake Express"])
        #expect(unknown.status == 2 && unknown.errors.count == 1)
        #expect(unknown.errors.first?.hasPrefix("dropline: carrier 'Fake Express' must be one of China Post,") == true)
        let fake = try DroplineBinary.capture(["tracking", "validate", "FAKE123"])
        #expect(
            fake.status == 2
                && fake.errors == ["dropline: tracking number FAKE123 is not a tracking number of any known format"])
        let wrongDigit = try DroplineBinary.capture(["tracking", "validate", "LZ123456784CN", "--carrier", "wish post"])
        #expect(wrongDigit.status == 2 && wrongDigit.errors.count == 1)
    }

    @Test("R9: --json prints the verdict; --carrier takes a service level's full name")
    func json() throws {
        let (status, output, _) = try DroplineBinary.capture([
            "tracking", "validate", "LZ123456785CN", "--carrier", "Wish Post Standard", "--json",
        ])
        #expect(status == 0)
        let object = try #require(JSONSerialization.jsonObject(with: Data(output.utf8)) as? [String: Any])
        #expect(object["number"] as? String == "LZ123456785CN")
        #expect(object["postingCountry"] as? String == "CN")
        #expect((object["carriers"] as? [[String: String]]) == [["carrier": "Wish Post", "format": "s10"]])
    }

    @Test("R9: carriers list shows every carrier's levels, and --json the whole catalogue")
    func carriersList() throws {
        let text = try DroplineBinary.capture(["carriers", "list"])
        #expect(text.status == 0)
        #expect(text.output.contains("Wish Post Standard") && text.output.contains("15-25 days"))
        #expect(text.output.contains("Confirmed Delivery (last-mile tracking required): US from 10.00 USD"))
        let json = try DroplineBinary.capture(["carriers", "list", "--json"])
        let object = try #require(JSONSerialization.jsonObject(with: Data(json.output.utf8)) as? [String: Any])
        let carriers = try #require(object["carriers"] as? [[String: Any]])
        #expect(carriers.count == 12 && carriers.first?["name"] as? String == "China Post")
    }

    @Test("R9: --config replaces the carriers; a bad carrier key exits 2 naming it")
    func configFile() throws {
        let folder = FileManager.default.temporaryDirectory.appendingPathComponent("cli-carriers-\(UUID())")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        defer { try? FileManager.default.removeItem(at: folder) }
        let file = folder.appendingPathComponent("mesh.yaml")
        try
            "carriers:\n  Parcel Co:\n    tracking_formats: [ups]\n    service_levels:\n      Ground: {transit_days: 3, price: \"2.00 USD\"}\n"
            .write(to: file, atomically: true, encoding: .utf8)
        let valid = try DroplineBinary.capture(["tracking", "validate", "1Z5R89390357567127", "--config", file.path])
        #expect(valid.status == 0 && valid.output.hasSuffix("valid for Parcel Co (ups)\n"))
        try "carriers:\n  Parcel Co:\n    tracking_formats: [nope]\n".write(to: file, atomically: true, encoding: .utf8)
        let bad = try DroplineBinary.capture(["carriers", "list", "--config", file.path])
        #expect(bad.status == 2 && bad.errors.count == 1)
        #expect(bad.errors.first?.contains("config key 'carriers.Parcel Co.tracking_formats'") == true)
    }
}
