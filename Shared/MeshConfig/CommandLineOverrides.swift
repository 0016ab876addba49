/// Applies `--set key=value` overrides, in order, to the configuration document.
enum CommandLineOverrides {
    /// Each override is a dotted key path the schema knows, `=`, and a YAML scalar or flow value:
    /// `streams.heartbeat_ms=200`, `services.probe-source.args=[source, --rate, "5"]`.
    static func apply(_ overrides: [String], to document: inout ConfigDocument) throws(MeshConfigError) {
        for override in overrides {
            guard let equals = override.firstIndex(of: "=") else {
                throw MeshConfigError(source: "override '\(override)'", "expected key=value")
            }
            let path = override[..<equals].split(separator: ".", omittingEmptySubsequences: false).map(String.init)
            try ConfigSchema.document.validate(path: path)
            document.set(ConfigNode.overrideValue(String(override[override.index(after: equals)...])), at: path)
        }
    }
}
