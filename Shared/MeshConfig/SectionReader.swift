/// Reads the values of one map of the document, each checked against its rule. Creating a reader checks that the
/// node is a map holding only keys its schema knows, so a typo never goes unnoticed.
struct SectionReader {
    /// The key path of this map; empty for the whole document.
    let path: [String]
    let map: ConfigMap

    init(_ node: ConfigNode?, at path: [String], schema: ConfigSchema) throws(MeshConfigError) {
        guard let node else { throw MeshConfigError(key: path.joined(separator: "."), "required key is missing") }
        guard case .map(let map) = node else {
            throw MeshConfigError(key: path.joined(separator: "."), "expected a mapping, got \(node.shown)")
        }
        if case .section = schema, let unknown = map.keys.first(where: { !schema.knownKeys.contains($0) }) {
            throw schema.unknownKey(path + [unknown])
        }
        self.path = path
        self.map = map
    }

    /// The dotted path of one of this map's keys, as errors name it.
    func keyPath(_ key: String) -> String {
        (path + [key]).joined(separator: ".")
    }

    /// The error for the value at `key`: `expected <expectation>, got <value>`.
    func invalid(_ key: String, expected expectation: String, got value: ConfigNode) -> MeshConfigError {
        MeshConfigError(key: keyPath(key), "expected \(expectation), got \(value.shown)")
    }

    /// The value at `key`, or `defaultValue` when the key is absent; one of them must be there.
    func required(_ key: String, default defaultValue: ConfigNode? = nil) throws(MeshConfigError) -> ConfigNode {
        guard let value = map.value(for: key) ?? defaultValue else {
            throw MeshConfigError(key: keyPath(key), "required key is missing")
        }
        return value
    }

    /// A sub-map, read with its own schema.
    func section(_ key: String, schema: ConfigSchema) throws(MeshConfigError) -> SectionReader {
        try SectionReader(map.value(for: key), at: path + [key], schema: schema)
    }

    /// A non-empty string. Any non-null scalar counts, as its text: `executable: 7` is the program named "7".
    func string(_ key: String, default defaultValue: String? = nil) throws(MeshConfigError) -> String {
        let value = try required(key, default: defaultValue.map(ConfigNode.string))
        guard case .scalar(let scalar) = value, scalar.reading != .null, !scalar.text.isEmpty else {
            throw invalid(key, expected: "a non-empty string", got: value)
        }
        return scalar.text
    }

    /// One of a fixed set of names, such as a `ClockMode`.
    func choice<Choice: CaseIterable & RawRepresentable<String>>(_ key: String, default defaultValue: Choice? = nil)
        throws(MeshConfigError) -> Choice
    {
        let value = try required(key, default: defaultValue.map { ConfigNode.string($0.rawValue) })
        guard case .scalar(let scalar) = value, scalar.reading != .null, let choice = Choice(rawValue: scalar.text)
        else {
            let names = Choice.allCases.map(\.rawValue).joined(separator: ", ")
            throw invalid(key, expected: "one of \(names)", got: value)
        }
        return choice
    }

    /// An integer obeying `rule`.
    func integer(_ key: String, _ rule: IntegerRule, default defaultValue: Int? = nil) throws(MeshConfigError) -> Int {
        let value = try required(key, default: defaultValue.map(ConfigNode.integer))
        guard case .scalar(let scalar) = value, case .integer(let integer) = scalar.reading, rule.allows(integer) else {
            throw invalid(key, expected: rule.expectation, got: value)
        }
        return integer
    }

    /// A positive number of milliseconds, as a `Duration`.
    func milliseconds(_ key: String) throws(MeshConfigError) -> Duration {
        .milliseconds(try integer(key, .positive))
    }

    /// A list of strings (each a scalar, not null); an absent key is an empty list.
    func strings(_ key: String) throws(MeshConfigError) -> [String] {
        guard let value = map.value(for: key) else { return [] }
        guard case .list(let items) = value else { throw invalid(key, expected: "a list of strings", got: value) }
        var strings: [String] = []
        for item in items {
            guard case .scalar(let scalar) = item, scalar.reading != .null else {
                throw invalid(key, expected: "a list of strings", got: item)
            }
            strings.append(scalar.text)
        }
        return strings
    }

    /// A map of keys to scalars, each kept as its text; an absent key is an empty map.
    func scalarMap(_ key: String) throws(MeshConfigError) -> [String: String] {
        guard let value = map.value(for: key) else { return [:] }
        guard case .map(let entries) = value else { throw invalid(key, expected: "a mapping of scalars", got: value) }
        var result: [String: String] = [:]
        for entry in entries.entries {
            guard case .scalar(let scalar) = entry.value, scalar.reading != .null else {
                let entryPath = keyPath(key) + "." + entry.key
                throw MeshConfigError(key: entryPath, "expected a scalar, got \(entry.value.shown)")
            }
            result[entry.key] = scalar.text
        }
        return result
    }
}

/// What an integer setting allows, and how its error says so.
enum IntegerRule {
    case positive
    case nonNegative
    case range(ClosedRange<Int>, note: String? = nil)

    func allows(_ value: Int) -> Bool {
        switch self {
        case .positive: value > 0
        case .nonNegative: value >= 0
        case .range(let range, _): range.contains(value)
        }
    }

    var expectation: String {
        switch self {
        case .positive: "a positive integer"
        case .nonNegative: "a non-negative integer"
        case .range(let range, let note):
            "an integer in \(range.lowerBound)...\(range.upperBound)" + (note.map { " (\($0))" } ?? "")
        }
    }
}
