/// Applies `DROPLINE_*` environment variables to the configuration document.
///
/// A variable's name is a key path with dots and dashes turned to underscores, upper case, after `DROPLINE_`:
/// `DROPLINE_SERVICES_PROBE_SINK_INSTANCES` sets `services.probe-sink.instances`. Every key the schema has for the
/// document's sections and services can be set, present or not.
enum EnvironmentOverrides {
    static let prefix = "DROPLINE_"

    /// Variables that other parts of Dropline use for themselves; they set no configuration key.
    static let reservedNames: Set<String> = ["DROPLINE_CONFIG", "DROPLINE_NAME", "DROPLINE_SUPERVISOR_PID"]

    /// The variable name that sets `path`.
    static func variableName(for path: [String]) -> String {
        prefix + path.joined(separator: "_").replacing("-", with: "_").replacing(".", with: "_").uppercased()
    }

    /// Sets each matching variable's value, in name order, and returns the names of the `DROPLINE_*` variables that
    /// match no key (reserved names excepted), sorted.
    static func apply(_ environment: [String: String], to document: inout ConfigDocument) throws(MeshConfigError)
        -> [String]
    {
        let paths = ConfigSchema.document.valuePaths(in: .map(document.root))
        let pathsByName = Dictionary(grouping: paths, by: variableName(for:))
        var unmatched: [String] = []
        for (name, text) in environment.sorted(by: { $0.key < $1.key }) {
            guard name.hasPrefix(prefix), !reservedNames.contains(name) else { continue }
            guard let matches = pathsByName[name] else {
                unmatched.append(name)
                continue
            }
            guard matches.count == 1 else {
                let keys = matches.map { $0.joined(separator: ".") }.joined(separator: ", ")
                throw MeshConfigError(source: "environment variable '\(name)'", "matches more than one key: \(keys)")
            }
            document.set(ConfigNode.overrideValue(text), at: matches[0])
        }
        return unmatched
    }
}
