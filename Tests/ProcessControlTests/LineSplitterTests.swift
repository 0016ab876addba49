import Testing

@testable import ProcessControl

/// Line splitting of the forwarded output, chunk by chunk.
struct LineSplitterTests {
    struct Case: Sendable, CustomTestStringConvertible {
        let label: String
        let chunks: [String]
        let lines: [String]
        var flushed: String? = nil
        var maximumLineLength = 64 * 1024
        var testDescription: String { label }
    }

    static let cases: [Case] = [
        Case(label: "one line", chunks: ["hello\n"], lines: ["hello"]),
        Case(label: "line split over chunks", chunks: ["hel", "lo\nwor", "ld\n"], lines: ["hello", "world"]),
        Case(label: "partial last line", chunks: ["a\nb"], lines: ["a"], flushed: "b"),
        Case(label: "carriage return dropped", chunks: ["dos\r\n"], lines: ["dos"]),
        Case(label: "empty lines kept", chunks: ["\n\n"], lines: ["", ""]),
        Case(label: "long line cut", chunks: ["abcdefg\n"], lines: ["abc", "def", "g"], maximumLineLength: 3),
        Case(label: "line of twice the maximum", chunks: ["abcdef\n"], lines: ["abc", "def"], maximumLineLength: 3),
        Case(
            label: "endless line cut as it comes", chunks: ["ab", "cdefg"], lines: ["abc", "def"], flushed: "g",
            maximumLineLength: 3),
        Case(label: "UTF-8 decoded", chunks: ["caf\u{E9}\n"], lines: ["café"]),
    ]

    @Test(arguments: cases)
    func splits(_ testCase: Case) {
        var splitter = LineSplitter(maximumLineLength: testCase.maximumLineLength)
        let lines = testCase.chunks.flatMap { splitter.append(Array($0.utf8)) }
        #expect(lines == testCase.lines)
        #expect(splitter.flush() == testCase.flushed)
        #expect(splitter.flush() == nil)
    }

    @Test func replacesInvalidBytes() {
        var splitter = LineSplitter()
        #expect(splitter.append([0x61, 0xFF, 0x0A]) == ["a\u{FFFD}"])
    }

    @Test func prefixPadsNameToWidth() {
        #expect(LinePrefix.make(name: "probe-sink", width: 12) == "probe-sink   | ")
        #expect(LinePrefix.make(name: "a-very-long-name", width: 4) == "a-very-long-name | ")
    }
}
