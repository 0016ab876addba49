/// The error half of an RPC reply: `{"error":{"code","message","field"}}` (docs/architecture.md §3).
public struct RPCFailure: Error, Codable, Sendable, Equatable, CustomStringConvertible {
    /// A stable machine-readable code, e.g. `invalid_request`, `not_found`, `unknown_method`.
    public var code: String
    /// One sentence for a person.
    public var message: String
    /// The request field at fault, when there is one.
    public var field: String?
    /// Every field refused, when a request has several faults (the first is also `field`).
    public var errors: [FieldError]?

    public init(code: String, message: String, field: String? = nil, errors: [FieldError]? = nil) {
        self.code = code
        self.message = message
        self.field = field
        self.errors = errors
    }

    /// A request with field-level faults: `field` and `message` describe the first, `errors` lists them all.
    public static func invalidFields(_ errors: [FieldError]) -> RPCFailure {
        RPCFailure(
            code: "invalid_request", message: errors.first?.reason ?? "invalid request", field: errors.first?.field,
            errors: errors)
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
