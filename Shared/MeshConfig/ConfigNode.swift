import Yams

/// A YAML value reduced to what the configuration needs: maps with text keys in their written order, lists and
/// scalars. Yams' `Node` is read once into this form, so merging and overriding work on plain values.
indirect enum ConfigNode: Equatable, Sendable {
    case scalar(ConfigScalar)
    case list([ConfigNode])
    case map(ConfigMap)

    /// A string scalar, as a quoted YAML string reads.
    static func string(_ text: String) -> ConfigNode {
        .scalar(ConfigScalar(text: text, reading: .string))
    }

    /// An integer scalar.
    static func integer(_ value: Int) -> ConfigNode {
        .scalar(ConfigScalar(text: String(value), reading: .integer(value)))
    }

    /// A duration as the whole milliseconds the `*_ms` keys hold.
    static func milliseconds(_ duration: Duration) -> ConfigNode {
        let (seconds, attoseconds) = duration.components
        return .integer(Int(seconds) * 1000 + Int(attoseconds / 1_000_000_000_000_000))
    }

    /// How error messages show this value: a scalar as written (strings quoted), otherwise its kind.
    var shown: String {
        switch self {
        case .scalar(let scalar): scalar.shown
        case .list: "a list"
        case .map: "a mapping"
        }
    }
}

/// A YAML scalar: its text and what YAML reads it as.
struct ConfigScalar: Equatable, Sendable {
    /// What YAML's tag resolution makes of a scalar.
    enum Reading: Equatable, Sendable {
        case string
        case integer(Int)
        case null
        /// A boolean, a float, a timestamp or an explicitly tagged value: usable as text only.
        case other
    }

    /// The text as written, without quotes.
    var text: String
    var reading: Reading

    /// `"abc"` for a string, `null` for a null, the text as written for numbers and booleans.
    var shown: String {
        switch reading {
        case .string: YAMLWriter.quoted(text)
        case .null: "null"
        case .integer, .other: text
        }
    }
}

/// A YAML mapping whose keys are text, in the order they were written (for `services`, the start order).
struct ConfigMap: Equatable, Sendable {
    /// One key and its value.
    struct Entry: Equatable, Sendable {
        var key: String
        var value: ConfigNode
    }

    private(set) var entries: [Entry] = []

    init() {}

    /// A map of the given keys and values, in their order.
    init(_ pairs: KeyValuePairs<String, ConfigNode>) {
        entries = pairs.map { Entry(key: $0.key, value: $0.value) }
    }

    var keys: [String] { entries.map(\.key) }

    func value(for key: String) -> ConfigNode? {
        entries.first { $0.key == key }?.value
    }

    /// Replaces the value of `key` where it is, or appends the key at the end.
    mutating func set(_ value: ConfigNode, for key: String) {
        if let index = entries.firstIndex(where: { $0.key == key }) {
            entries[index].value = value
        } else {
            entries.append(Entry(key: key, value: value))
        }
    }
}

extension ConfigNode {
    /// Parses one YAML document; nil when the text holds no document (empty, or only comments). A text whose aliases
    /// would expand it beyond `YAMLBudget` is refused before it is composed.
    ///
    /// `source` names the text in errors, e.g. `config file '/etc/dropline.yaml'`.
    static func parse(yaml: String, source: String) throws(MeshConfigError) -> ConfigNode? {
        try YAMLBudget.check(yaml, source: source)
        let composed: Node?
        do {
            composed = try Yams.compose(yaml: yaml)
        } catch {
            throw MeshConfigError(source: source, "not valid YAML: \(singleLine(error))")
        }
        return try composed.map { node throws(MeshConfigError) in try ConfigNode(node, path: [], source: source) }
    }

    /// Reads an override's value (`--set` or `DROPLINE_*`) as a YAML scalar or flow node: `200` is an integer,
    /// `[a, b]` a list. Text that is not valid YAML, such as `{state}/x.sqlite`, is taken as a plain string, and
    /// empty text is null.
    static func overrideValue(_ text: String) -> ConfigNode {
        do {
            return try parse(yaml: text, source: "override") ?? .scalar(ConfigScalar(text: text, reading: .null))
        } catch {
            return .string(text)
        }
    }

    private init(_ node: Node, path: [String], source: String) throws(MeshConfigError) {
        switch node {
        case .scalar(let scalar):
            self = .scalar(ConfigScalar(text: scalar.string, reading: Self.reading(of: node, scalar)))
        case .sequence(let sequence):
            var items: [ConfigNode] = []
            for item in sequence {
                items.append(try ConfigNode(item, path: path, source: source))
            }
            self = .list(items)
        case .mapping(let mapping):
            var map = ConfigMap()
            for (key, value) in mapping {
                guard case .scalar(let keyScalar) = key else {
                    let place = path.isEmpty ? "at the top level" : "under '\(path.joined(separator: "."))'"
                    throw MeshConfigError(source: source, "not valid YAML: a mapping key \(place) is not a scalar")
                }
                map.set(try ConfigNode(value, path: path + [keyScalar.string], source: source), for: keyScalar.string)
            }
            self = .map(map)
        case .alias:
            // Yams replaces aliases by the nodes they name while composing; one left over cannot be read.
            let place = path.joined(separator: ".")
            throw MeshConfigError(source: source, "not valid YAML: unresolved alias under '\(place)'")
        }
    }

    private static func reading(of node: Node, _ scalar: Node.Scalar) -> ConfigScalar.Reading {
        switch Tag.Name(rawValue: node.tag.rawValue) {
        case .str: .string
        case .null: .null
        case .int: Int.construct(from: scalar).map(ConfigScalar.Reading.integer) ?? .other
        default: .other
        }
    }

    /// Yams' message on one line: its position, context and problem, without the snippet of source it appends.
    private static func singleLine(_ error: any Error) -> String {
        func line(_ stage: String, _ context: YamlError.Context?, _ problem: String, _ mark: Mark) -> String {
            let during = context.map { "\($0.text) in line \($0.mark.line), column \($0.mark.column): " } ?? ""
            return "\(mark): error: \(stage): \(during)\(problem)"
        }
        switch error as? YamlError {
        case let .scanner(context, problem, mark, _)?: return line("scanner", context, problem, mark)
        case let .parser(context, problem, mark, _)?: return line("parser", context, problem, mark)
        case let .composer(context, problem, mark, _)?: return line("composer", context, problem, mark)
        default:
            let description = String(describing: error)
            let firstLine = description.split(whereSeparator: \.isNewline).first.map(String.init) ?? description
            return firstLine.hasSuffix(":") ? String(firstLine.dropLast()) : firstLine
        }
    }
}
