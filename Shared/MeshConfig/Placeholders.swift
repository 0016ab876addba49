import Foundation

/// The `{state}` and `{instance}` placeholders of endpoint and store templates, and the checks on what they
/// resolve to.
enum Placeholders {
    static let state = "{state}"
    static let instance = "{instance}"
    /// The longest path a Unix domain socket address holds (`sun_path` less its terminating zero).
    static let maximumIPCPathBytes = 107
    static let transports = ["ipc://", "tcp://", "inproc://"]

    /// `template` with `{state}` replaced; `{instance}`, where allowed, is kept for each instance to fill in.
    static func resolvingState(in template: String, stateDirectory: String, allowsInstance: Bool, key: String)
        throws(MeshConfigError) -> String
    {
        let known = allowsInstance ? [state, instance] : [state]
        for match in template.matches(of: #/\{[^{}]*\}/#) where !known.contains(String(match.output)) {
            let knownList = known.joined(separator: ", ")
            throw MeshConfigError(
                key: key,
                "unknown placeholder '\(match.output)' in \(YAMLWriter.quoted(template)) (known: \(knownList))")
        }
        return template.replacing(state, with: stateDirectory)
    }

    static func resolvingInstance(in template: String, name: String) -> String {
        template.replacing(instance, with: name)
    }

    /// Checks that an endpoint names a transport the bus speaks.
    static func checkTransport(_ endpoint: String, key: String) throws(MeshConfigError) {
        guard transports.contains(where: { endpoint.hasPrefix($0) && endpoint.count > $0.count }) else {
            let starts = transports.joined(separator: ", ")
            throw MeshConfigError(
                key: key, "expected an endpoint starting with \(starts), got \(YAMLWriter.quoted(endpoint))")
        }
    }

    /// Checks that an `ipc://` endpoint, fully resolved, fits in a Unix socket address.
    static func checkIPCLength(_ endpoint: String, key: String) throws(MeshConfigError) {
        guard endpoint.hasPrefix("ipc://") else { return }
        let bytes = endpoint.utf8.count - "ipc://".utf8.count
        guard bytes <= maximumIPCPathBytes else {
            throw MeshConfigError(
                key: key,
                "ipc path is \(bytes) bytes, more than the \(maximumIPCPathBytes) a Unix socket address holds: "
                    + YAMLWriter.quoted(endpoint))
        }
    }

    /// `path` made absolute against `directory` (itself made absolute against the current directory), with `.` and
    /// `..` components removed.
    static func absolutePath(_ path: String, relativeTo directory: String) -> String {
        let base = URL(fileURLWithPath: directory, isDirectory: true)
        return URL(fileURLWithPath: path, relativeTo: base).standardizedFileURL.path
    }
}

extension SectionReader {
    /// An endpoint template with `{state}` resolved, its transport checked and kept to this machine's user
    /// (`LocalEndpoints`). Without `{instance}` allowed, the result is final, so its `ipc://` length is checked too.
    func endpoint(_ key: String, default defaultTemplate: String? = nil, stateDirectory: String, allowsInstance: Bool)
        throws(MeshConfigError) -> String
    {
        let template = try string(key, default: defaultTemplate)
        let resolved = try Placeholders.resolvingState(
            in: template, stateDirectory: stateDirectory, allowsInstance: allowsInstance, key: keyPath(key))
        try Placeholders.checkTransport(resolved, key: keyPath(key))
        try LocalEndpoints.check(resolved, key: keyPath(key))
        if !allowsInstance {
            try Placeholders.checkIPCLength(resolved, key: keyPath(key))
        }
        return resolved
    }

    /// A file path template with `{state}` resolved, made absolute against the working directory.
    func path(
        _ key: String, default defaultTemplate: String? = nil, stateDirectory: String, workingDirectory: String,
        allowsInstance: Bool
    ) throws(MeshConfigError) -> String {
        let template = try string(key, default: defaultTemplate)
        let resolved = try Placeholders.resolvingState(
            in: template, stateDirectory: stateDirectory, allowsInstance: allowsInstance, key: keyPath(key))
        return Placeholders.absolutePath(resolved, relativeTo: workingDirectory)
    }
}
