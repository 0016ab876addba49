import Contracts
import Testing

/// R9: every shared tracking-number vector gets its verdict from the format it names, and the formats it is also
/// valid for accept it too (`Fixtures/tracking_vectors.json`, from jkeen/tracking_number_data, MIT).
@Suite("Tracking-number vectors")
struct TrackingNumberVectorTests {
    @Test("R9: the fixture holds the 362 vectors, 247 valid, and names only known formats, each at least once")
    func fixture() {
        let vectors = TrackingVector.all
        #expect(vectors.count == 362)
        #expect(vectors.filter(\.valid).count == 247)
        let named = Set(vectors.flatMap { [$0.format] + $0.alsoValidAs })
        #expect(named.filter { TrackingNumberFormat(rawValue: $0) == nil }.isEmpty, "unknown: \(named)")
        #expect(Set(TrackingNumberFormat.allCases.map(\.rawValue)) == Set(vectors.map(\.format)))
    }

    @Test("R9: each vector's format gives it its verdict", arguments: TrackingVector.all)
    func verdict(_ vector: TrackingVector) throws {
        let format = try #require(TrackingNumberFormat(rawValue: vector.format), "unknown format \(vector.format)")
        let number = TrackingNumberFormat.normalised(vector.number)
        #expect(
            format.accepts(number) == vector.valid,
            "\(vector.format) should \(vector.valid ? "accept" : "refuse") \"\(vector.number)\"")
    }

    @Test(
        "R9: the formats a vector is also valid for accept it, and no other format does",
        arguments: TrackingVector.all)
    func alsoValidAs(_ vector: TrackingVector) {
        let number = TrackingNumberFormat.normalised(vector.number)
        for name in vector.alsoValidAs {
            #expect(
                TrackingNumberFormat(rawValue: name)?.accepts(number) == true,
                "\(name) should accept \"\(vector.number)\" (a \(vector.format) vector)")
        }
        let expected = Set((vector.valid ? [vector.format] : []) + vector.alsoValidAs)
        #expect(
            Set(TrackingNumberFormat.formats(accepting: vector.number).map(\.rawValue)) == expected,
            "formats accepting \"\(vector.number)\" (a \(vector.format) vector)")
    }

    @Test("R9: a valid S10 number names the country it was posted from; anything else names none")
    func postingCountry() {
        #expect(TrackingNumberFormat.postingCountry(of: "LZ123456785CN")?.code == "CN")
        #expect(TrackingNumberFormat.postingCountry(of: " rb 1234 5678 5 gb ")?.code == "GB")
        for number in ["LZ123456784CN", "LZ123456785ZZ", "1Z5R89390357567127", ""] {
            #expect(TrackingNumberFormat.postingCountry(of: number) == nil, "\(number)")
        }
        for vector in TrackingVector.all where vector.format == "s10" {
            let country = TrackingNumberFormat.postingCountry(of: vector.number)
            #expect((country != nil) == vector.valid, "\(vector.number)")
            if let country { #expect(vector.number.hasSuffix(country.code), "\(vector.number)") }
        }
    }

    @Test("R9: a number is told apart by the formats that accept it")
    func formatsAccepting() {
        #expect(TrackingNumberFormat.formats(accepting: "1z5r 8939 0357 5671 27") == [.ups])
        #expect(TrackingNumberFormat.formats(accepting: "LZ123456785CN") == [.s10])
        #expect(Set(TrackingNumberFormat.formats(accepting: "LX123456785SG")) == [.s10, .dhlEcommerce])
        #expect(TrackingNumberFormat.formats(accepting: "FAKE123").isEmpty)
        #expect(TrackingNumberFormat.formats(accepting: "").isEmpty)
    }
}
