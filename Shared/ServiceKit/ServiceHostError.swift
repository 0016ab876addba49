/// Why a service could not start.
public enum ServiceHostError: Error, Sendable, CustomStringConvertible {
    case unknownInstance(String)
    case unknownSource(consumer: String, source: String)
    case storeUnavailable(path: String, reason: String)

    public var description: String {
        switch self {
        case .unknownInstance(let name):
            "No instance named \(name) in the mesh config; use --name with a service from its services section."
        case .unknownSource(let consumer, let source):
            "\(consumer) consumes stream \(source), but the mesh config has no instance of that name."
        case .storeUnavailable(let path, let reason):
            "Cannot open \(path): \(reason)."
        }
    }
}
