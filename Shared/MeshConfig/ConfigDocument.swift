import Foundation

/// The configuration document as it is assembled: the embedded default, then a file, the environment and the
/// `--set` overrides laid over it in turn. Values are only checked once the document is complete.
struct ConfigDocument {
    private(set) var root: ConfigMap

    /// Starts from the embedded default.
    init() throws(MeshConfigError) {
        root = try Self.parseMap(MeshConfiguration.embeddedDefaultYAML, source: "embedded default configuration")
    }

    /// The top-level sections a file replaces whole rather than merges into: an operator listing services, carriers
    /// or a Confirmed Delivery table means exactly those, in that order.
    static let replacedSections: Set<String> = ["services", "carriers", "confirmed_delivery"]

    /// Lays a YAML file over the document: maps merge key by key, except the `replacedSections`, which the file's
    /// replace entirely.
    mutating func layFile(at path: String) throws(MeshConfigError) {
        let source = "config file '\(path)'"
        let text = try Self.readText(at: path, source: source)
        for entry in try Self.parseMap(text, source: source).entries {
            set(entry.value, at: [entry.key])
        }
    }

    /// Sets the value at a key path, creating the maps on the way. A map laid over a map merges into it, except
    /// at one of the `replacedSections`, which it replaces.
    mutating func set(_ value: ConfigNode, at path: [String]) {
        guard let key = path.first else { return }
        let replacing = path.count == 1 && Self.replacedSections.contains(key)
        root.set(Self.setting(value, at: path.dropFirst(), in: root.value(for: key), replacing: replacing), for: key)
    }

    private static func setting(
        _ value: ConfigNode, at path: ArraySlice<String>, in node: ConfigNode?,
        replacing: Bool
    ) -> ConfigNode {
        guard let key = path.first else { return replacing ? value : merge(value, over: node) }
        var map: ConfigMap = if case .map(let existing) = node { existing } else { ConfigMap() }
        map.set(setting(value, at: path.dropFirst(), in: map.value(for: key), replacing: replacing), for: key)
        return .map(map)
    }

    /// `overlay` laid over `base`: two maps merge key by key, anything else is replaced by the overlay.
    private static func merge(_ overlay: ConfigNode, over base: ConfigNode?) -> ConfigNode {
        guard case .map(let overlayMap) = overlay, case .map(var merged) = base else { return overlay }
        for entry in overlayMap.entries {
            merged.set(merge(entry.value, over: merged.value(for: entry.key)), for: entry.key)
        }
        return .map(merged)
    }

    /// Parses a whole configuration document, which must be a map (an empty document is an empty map).
    private static func parseMap(_ text: String, source: String) throws(MeshConfigError) -> ConfigMap {
        switch try ConfigNode.parse(yaml: text, source: source) {
        case nil: return ConfigMap()
        case .map(let map)?: return map
        case let other?:
            throw MeshConfigError(source: source, "expected a mapping at the top level, got \(other.shown)")
        }
    }

    /// The largest config file read: the embedded default is about 11 KiB.
    static let maximumFileBytes = 1 << 20

    private static func readText(at path: String, source: String) throws(MeshConfigError) -> String {
        if let size = (try? FileManager.default.attributesOfItem(atPath: path))?[.size] as? Int,
            size > maximumFileBytes
        {
            throw MeshConfigError(
                source: source, "is \(size) bytes, more than the \(maximumFileBytes) a mesh config may have")
        }
        let data: Data
        do {
            data = try Data(contentsOf: URL(fileURLWithPath: path))
        } catch {
            throw MeshConfigError(source: source, "cannot be read: \(systemReason(error))")
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw MeshConfigError(source: source, "cannot be read: not UTF-8 text")
        }
        return text
    }

    /// The operating system's words for a failed read ("No such file or directory") when Foundation has them.
    private static func systemReason(_ error: any Error) -> String {
        if let posix = (error as NSError).userInfo[NSUnderlyingErrorKey] as? POSIXError {
            return String(cString: strerror(posix.code.rawValue))
        }
        return error.localizedDescription
    }
}
