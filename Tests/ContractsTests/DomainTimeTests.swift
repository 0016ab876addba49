import Contracts
import Foundation
import Testing

@Suite struct DomainTimeTests {
    @Test(arguments: [
        ("2026-11-22T08:00:00.000Z", 1_795_334_400.0),
        ("1969-12-31T23:59:59.999Z", -0.001),
        ("2000-02-29T12:34:56.789Z", 951_827_696.789),
        ("0001-01-01T00:00:00.000Z", -62_135_596_800.0),
    ])
    func formatsAndParsesTheWireShape(_ text: String, seconds: Double) throws {
        let date = Date(timeIntervalSince1970: seconds)
        #expect(DomainTime.format(date) == text)
        let parsed = try #require(DomainTime.parse(text))
        #expect(abs(parsed.timeIntervalSince1970 - seconds) < 0.0005)
    }

    @Test func roundTripsEveryMillisecondExactly() throws {
        var generator = SystemRandomNumberGenerator()
        for _ in 0..<2_000 {
            let milliseconds = Int64.random(in: 0...4_102_444_800_000, using: &generator)
            let text = DomainTime.format(Date(timeIntervalSince1970: Double(milliseconds) / 1000))
            let back = try #require(DomainTime.parse(text))
            #expect(DomainTime.format(back) == text)
            #expect(Int64((back.timeIntervalSince1970 * 1000).rounded()) == milliseconds)
        }
    }

    @Test(arguments: ["2026-11-22T08:00:00Z", "2026-11-22T09:00:00.000+01:00"])
    func parsesOtherISO8601Shapes(_ text: String) {
        #expect(DomainTime.parse(text) == Date(timeIntervalSince1970: 1_795_334_400))
    }

    @Test(arguments: ["", "2026-11-22", "2026-13-01T00:00:00.000Z", "2026-02-30T00:00:00.000Z", "tomorrow"])
    func refusesWhatIsNotATime(_ text: String) {
        #expect(DomainTime.parse(text) == nil)
    }
}
