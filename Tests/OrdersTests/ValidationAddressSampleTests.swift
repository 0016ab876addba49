import Contracts
import Orders
import Testing

/// R1 against Google's own validator over the generated sample (`AddressSample`): every address of every country of
/// the metadata that Google's validator accepts, R1 accepts; every one it refuses, R1 refuses on the same fields;
/// but for the deliberate differences (`AddressSampleDifference`), each with its reason.
@Suite("R1 against Google's validator")
struct ValidationAddressSampleTests {
    @Test(
        "R1: the verdict on every sample address is Google's, or differs on purpose",
        arguments: AddressSampleComparison.all)
    func verdict(comparison: AddressSampleComparison) {
        #expect(comparison.outcome != .disagreement, "\(comparison.verdicts)")
    }

    @Test("R1: a postal code of another region is refused on the postal code, as Google refuses it")
    func otherRegionPostalCode() {
        let entries = AddressSampleComparison.all.filter { $0.entry.kind == .otherRegionPostalCode }
        #expect(entries.count >= 100)
        for comparison in entries {
            #expect(comparison.r1 == [PlacementField.shippingPostalCode.rawValue], "\(comparison.verdicts)")
        }
    }

    @Test("R1: a postal code in native digits is stored as the ASCII code Google's validator was given")
    func nativeDigitsAreStoredInASCII() {
        let entries = AddressSample.shared.addresses.filter { $0.googlePostalCode != nil }
        #expect(entries.count >= 20)
        for entry in entries {
            let request = PlacementValidator().normalized(ValidationFixtures.request(address: entry.address))
            #expect(request.shippingAddress.postalCode == entry.googlePostalCode, "\(entry.testDescription)")
        }
    }

    @Test("R1: the sample covers every country of the metadata, every kind of address and the scripts issue 10 met")
    func coverage() {
        let sample = AddressSample.shared
        #expect(sample.source.addresses == sample.addresses.count)
        #expect(Set(sample.addresses.map(\.country)) == Set(AddressFormat.all.map(\.country)))
        #expect(Set(sample.addresses.map(\.kind)) == Set(AddressSampleEntry.Kind.allCases))
        let googleAccepted = sample.addresses.filter { $0.kind == .valid && $0.google.isEmpty }
        #expect(googleAccepted.count >= 2_000)
        let texts = googleAccepted.flatMap { [$0.name, $0.line1, $0.city, $0.postalCode ?? ""] }
        let cases: [(ClosedRange<UInt32>, String)] = [
            (0x200D...0x200D, "zero-width joiner"), (0x200C...0x200C, "zero-width non-joiner"),
            (0x0D00...0x0D7F, "Malayalam"), (0x0900...0x097F, "Devanagari"), (0x0600...0x06FF, "Arabic"),
            (0x4E00...0x9FFF, "CJK"), (0x0E00...0x0E7F, "Thai"), (0x0400...0x04FF, "Cyrillic"),
            (0x09E6...0x09EF, "Bengali digits"), (0x0660...0x0669, "Arabic-Indic digits"),
            (0x06F0...0x06F9, "Extended Arabic-Indic digits"), (0x0966...0x096F, "Devanagari digits"),
            (0xFF10...0xFF19, "full-width digits"), (0x0E50...0x0E59, "Thai digits"),
        ]
        for (range, what) in cases {
            #expect(texts.contains { $0.unicodeScalars.contains { range.contains($0.value) } }, "\(what)")
        }
    }

    @Test("R1: each deliberate difference explains some address, and all of them few")
    func deliberateDifferencesStayFew() {
        let figures = AddressSampleFigures(AddressSampleComparison.all)
        for difference in AddressSampleDifference.allCases {
            #expect(figures.count(of: difference) > 0, "\(difference.rawValue) explains no address: remove it")
        }
        #expect(figures.deliberate * 10 <= figures.addresses)
    }

    @Test("R1: the figures of the sample, per country: Google's verdicts, R1's, agreements and differences")
    func figures() {
        let figures = AddressSampleFigures(AddressSampleComparison.all)
        Attachment.record(figures.table, named: "address-sample-figures.tsv")
        #expect(figures.countries == AddressFormat.all.count)
        #expect(figures.disagreements == 0)
        #expect(figures.agreements + figures.deliberate == figures.addresses)
    }
}
