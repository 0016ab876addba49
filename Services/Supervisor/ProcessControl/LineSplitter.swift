/// Splits a byte stream into lines: a pure value, fed by ``OutputPump``.
///
/// Lines end at `\n`; a `\r` before it is dropped; bytes are decoded as UTF-8 with invalid sequences replaced.
/// A line longer than ``maximumLineLength`` bytes is cut into pieces of that size, so a child that never
/// writes a newline cannot grow the supervisor's memory without bound.
struct LineSplitter {
    /// Longest line delivered whole; longer ones are delivered in pieces.
    let maximumLineLength: Int
    /// Bytes of the line not yet ended, never more than `maximumLineLength` between calls.
    private var pending: [UInt8] = []

    init(maximumLineLength: Int = 64 * 1024) {
        self.maximumLineLength = max(1, maximumLineLength)
    }

    /// Adds `bytes` and returns the lines they completed.
    mutating func append<Bytes: Collection<UInt8>>(_ bytes: Bytes) -> [String] {
        var lines: [String] = []
        var rest = bytes[...]
        while let newline = rest.firstIndex(of: UInt8(ascii: "\n")) {
            pending.append(contentsOf: rest[..<newline])
            cutOverlongLine(into: &lines)
            lines.append(Self.decode(pending[...]))
            pending.removeAll(keepingCapacity: true)
            rest = rest[rest.index(after: newline)...]
        }
        pending.append(contentsOf: rest)
        cutOverlongLine(into: &lines)
        return lines
    }

    /// Returns the partial last line, if any, and forgets it; called at end of stream.
    mutating func flush() -> String? {
        guard !pending.isEmpty else { return nil }
        defer { pending.removeAll() }
        return Self.decode(pending[...])
    }

    /// Moves whole pieces of `maximumLineLength` bytes out of `pending` while more than that is pending.
    private mutating func cutOverlongLine(into lines: inout [String]) {
        var start = 0
        while pending.count - start > maximumLineLength {
            lines.append(Self.decode(pending[start..<start + maximumLineLength]))
            start += maximumLineLength
        }
        pending.removeFirst(start)
    }

    private static func decode(_ bytes: ArraySlice<UInt8>) -> String {
        let content = bytes.last == UInt8(ascii: "\r") ? bytes.dropLast() : bytes
        return String(decoding: content, as: UTF8.self)
    }
}
