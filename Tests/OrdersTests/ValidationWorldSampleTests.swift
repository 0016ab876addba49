import Contracts
import Foundation
import Orders
import Testing

/// R1 over the world sample (`WorldSample`): every address gets its verdict, the accepted ones are stored with
/// their postal code normalised, and the figures per country are attached to the run.
@Suite("R1 world sample")
struct ValidationWorldSampleTests {
    @Test("R1: every address of the world sample gets the verdict it should", arguments: WorldSample.all)
    func verdict(entry: WorldSampleAddress) {
        let fields = ValidationFixtures.refusals(of: entry.address).map(\.field)
        switch entry.verdict {
        case .accepted: #expect(fields == [])
        case .refused(let field): #expect(fields == [field.rawValue])
        }
    }

    @Test(
        "R1: the stored postal code is in ASCII digits, as normalised",
        arguments: WorldSample.all.filter { $0.storedPostalCode != nil })
    func storedPostalCode(entry: WorldSampleAddress) {
        let request = PlacementValidator().normalized(ValidationFixtures.request(address: entry.address))
        #expect(request.shippingAddress.postalCode == entry.storedPostalCode)
        #expect(request.shippingAddress.postalCode?.unicodeScalars.allSatisfy(\.isASCII) == true)
    }

    @Test("R1: the sample covers 61 countries and every case issue 10 names")
    func coverage() {
        let countries = Set(WorldSample.all.map(\.address.country))
        #expect(countries.count == 61)
        #expect(countries.allSatisfy { CountryCode($0) != nil })
        let texts = WorldSample.all.filter { $0.verdict == .accepted }.flatMap { entry in
            [entry.address.name, entry.address.line1, entry.address.city, entry.address.postalCode ?? ""]
        }
        let cases: [(ClosedRange<UInt32>, String)] = [
            (0x200D...0x200D, "zero-width joiner"), (0x200C...0x200C, "zero-width non-joiner"),
            (0x09E6...0x09EF, "Bengali digits"), (0x0660...0x0669, "Arabic-Indic digits"),
            (0x06F0...0x06F9, "Extended Arabic-Indic digits"), (0x0966...0x096F, "Devanagari digits"),
            (0xFF10...0xFF19, "full-width digits"), (0x0E50...0x0E59, "Thai digits"),
        ]
        for (range, what) in cases {
            #expect(texts.contains { $0.unicodeScalars.contains { range.contains($0.value) } }, "\(what)")
        }
        let japanWithoutCity = WorldSample.all.filter {
            $0.address.country == "JP" && $0.address.city.isEmpty && $0.verdict == .accepted
        }
        #expect(!japanWithoutCity.isEmpty)
    }

    @Test("R1: the figures of the sample: addresses accepted and refused per country")
    func figures() throws {
        let byCountry = Dictionary(grouping: WorldSample.all, by: \.address.country)
        var lines = ["country\taccepted\trefused"]
        for country in byCountry.keys.sorted() {
            let entries = byCountry[country] ?? []
            let accepted = entries.filter { ValidationFixtures.refusals(of: $0.address).isEmpty }.count
            lines.append("\(country)\t\(accepted)\t\(entries.count - accepted)")
        }
        let accepted = WorldSample.all.filter { ValidationFixtures.refusals(of: $0.address).isEmpty }.count
        lines.append("all\t\(accepted)\t\(WorldSample.all.count - accepted)")
        Attachment.record(lines.joined(separator: "\n") + "\n", named: "world-sample-figures.tsv")
        #expect(accepted == WorldSample.all.filter { $0.verdict == .accepted }.count)
    }
}
