/// Why a mesh configuration could not be loaded: one problem, described on one line.
///
/// `key` is the dotted key path at fault (`streams.heartbeat_ms`) when the problem is a value; it is nil when the
/// problem is a whole source (an unreadable file, a malformed `--set` argument).
public struct MeshConfigError: Error, Sendable, Equatable, CustomStringConvertible {
    /// The dotted key path at fault, if the problem is one value.
    public var key: String?
    /// What is wrong, naming the offending value.
    public var reason: String
    /// The source at fault when there is no key: `config file '/x/y.yaml'`, `override 'abc'`.
    var source: String?

    /// A problem with the value at `key`.
    init(key: String, _ reason: String) {
        self.key = key
        self.reason = reason
    }

    /// A problem with a whole source, such as a file, an environment variable or an override argument.
    init(source: String, _ reason: String) {
        self.source = source
        self.reason = reason
    }

    /// One line: `config key 'streams.heartbeat_ms': expected a positive integer, got "abc"`.
    public var description: String {
        let subject = key.map { "config key '\($0)'" } ?? source ?? "config"
        return "\(subject): \(reason)"
    }
}
