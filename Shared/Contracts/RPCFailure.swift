/// The error half of an RPC reply: `{"error":{"code","message","field"}}` (ARCHITECTURE §3).
public struct RPCFailure: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    /// A stable machine-readable code, e.g. `invalid_request`, `not_found`, `unknown_method`.
    public var code: String
    /// One sentence for a person.
    public var message: String
    /// The request field at fault, when there is one.
    public var field: String?

    public init(code: String, message: String, field: String? = nil) {
        self.code = code
        self.message = message
        self.field = field
    }

    public var description: String {
        field.map { "\(code): \($0): \(message)" } ?? "\(code): \(message)"
    }

    /// A request the server could not parse or that misses a field.
    public static func invalidRequest(_ message: String, field: String? = nil) -> RPCFailure {
        RPCFailure(code: "invalid_request", message: message, field: field)
    }

    /// A method the server does not answer.
    public static func unknownMethod(_ method: String) -> RPCFailure {
        RPCFailure(code: "unknown_method", message: "No method named \(method).")
    }
}
