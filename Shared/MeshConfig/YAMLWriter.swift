/// Writes a configuration document as YAML that reads back to the same values: block maps in their order, flow
/// lists, and every string double-quoted, so no string is mistaken for a number, a boolean or null.
enum YAMLWriter {
    /// The document's lines, each ending in a newline.
    static func render(_ map: ConfigMap) -> String {
        lines(map, depth: 0).map { $0 + "\n" }.joined()
    }

    /// `text` as a YAML double-quoted string, with quotes, backslashes and invisible characters escaped.
    static func quoted(_ text: String) -> String {
        var result = "\""
        for scalar in text.unicodeScalars {
            switch scalar {
            case "\"": result += "\\\""
            case "\\": result += "\\\\"
            case "\n": result += "\\n"
            case "\t": result += "\\t"
            case "\r": result += "\\r"
            case _ where needsEscape(scalar):
                let hex = String(scalar.value, radix: 16, uppercase: true)
                result += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
            default: result.unicodeScalars.append(scalar)
            }
        }
        return result + "\""
    }

    private static func lines(_ map: ConfigMap, depth: Int) -> [String] {
        let indent = String(repeating: "  ", count: depth)
        return map.entries.flatMap { entry -> [String] in
            let head = indent + key(entry.key) + ":"
            if case .map(let nested) = entry.value, !nested.entries.isEmpty {
                return [head] + lines(nested, depth: depth + 1)
            }
            return [head + " " + inline(entry.value)]
        }
    }

    private static func inline(_ node: ConfigNode) -> String {
        switch node {
        case .scalar(let scalar):
            switch scalar.reading {
            case .integer(let value): String(value)
            case .null: "null"
            case .string, .other: quoted(scalar.text)
            }
        case .list(let items):
            "[" + items.map(inline).joined(separator: ", ") + "]"
        case .map(let map):
            "{" + map.entries.map { key($0.key) + ": " + inline($0.value) }.joined(separator: ", ") + "}"
        }
    }

    /// A map key: plain when it is a simple name (`probe-sink`, `heartbeat_ms`), quoted otherwise.
    private static func key(_ text: String) -> String {
        let isSimple =
            text.first.map { $0.isASCII && ($0.isLetter || $0.isNumber || $0 == "_") } == true
            && text.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber || "_.-".contains($0)) }
        return isSimple ? text : quoted(text)
    }

    /// Characters YAML does not allow as they are, or that it would read as line breaks or a byte order mark.
    private static func needsEscape(_ scalar: Unicode.Scalar) -> Bool {
        scalar.value < 0x20 || (0x7F...0x9F).contains(scalar.value)
            || ["\u{2028}", "\u{2029}", "\u{FEFF}"].contains(scalar)
            || (0xFFFE...0xFFFF).contains(scalar.value)
    }
}
