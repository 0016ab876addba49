import Foundation
import ServiceKit
import Testing

/// Durations as operators write them (`dropline clock advance 8h`) and as status prints them.
@Suite struct DurationTextTests {
    @Test(arguments: [
        ("8h", Duration.seconds(8 * 3_600)),
        ("90m", .seconds(90 * 60)),
        ("1d12h", .seconds(36 * 3_600)),
        ("30s", .seconds(30)),
        ("250ms", .milliseconds(250)),
        ("1h30m", .seconds(5_400)),
        ("1m30s", .seconds(90)),
        ("2s500ms", .milliseconds(2_500)),
        ("8H", .seconds(8 * 3_600)),
        (" 15m ", .seconds(900)),
        ("0h5m", .seconds(300)),
    ])
    func validText(_ text: String, expected: Duration) {
        // Given an operator's duration
        // When it is parsed
        // Then it is that many seconds (or milliseconds)
        #expect(DurationText.parse(text) == expected)
    }

    @Test(arguments: ["", "   ", "8", "h", "8x", "0s", "-1h", "1.5h", "h8", "8h30", "ms", "1 h"])
    func invalidText(_ text: String) {
        // Given malformed, unit-less, zero or negative text
        // When it is parsed
        // Then it is refused
        #expect(DurationText.parse(text) == nil)
    }

    @Test(arguments: [
        (Duration.seconds(8 * 3_600), "8h"),
        (.seconds(5_400), "1h30m"),
        (.seconds(36 * 3_600), "1d12h"),
        (.seconds(90_061), "1d1h1m1s"),
        (.seconds(30), "30s"),
        (.milliseconds(1_999), "1s"),
        (.milliseconds(250), "0s"),
        (.zero, "0s"),
        (.seconds(-5), "0s"),
    ])
    func format(_ duration: Duration, expected: String) {
        // Given a duration
        // When it is printed
        // Then it reads largest units first, whole seconds, and parses back to the whole seconds
        #expect(DurationText.format(duration) == expected)
        if duration >= .seconds(1) { #expect(DurationText.parse(expected) == .seconds(duration.components.seconds)) }
    }

    /// Text an operator can type into `dropline clock advance` must never trap the process on overflow.
    @Test func hugeNumberIsRefusedRatherThanCrashing() async {
        // Given a number of days whose seconds overflow Int64 (1e14 days = 8.64e18 s fits, 2e14 does not)
        // When it is parsed (in a child process, so that a trap fails this test instead of the run)
        // Then parsing returns normally (nil or a duration), and the process exits successfully
        await #expect(processExitsWith: .success) {
            _ = DurationText.parse("200000000000000d")
        }
    }
}
