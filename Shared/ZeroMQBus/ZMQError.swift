import CZeroMQ

/// A failed libzmq call: names the operation, the endpoint when there is one, and `errno`.
public struct ZMQError: Error, Sendable, Equatable, CustomStringConvertible {
    /// What was attempted, e.g. `"bind"`, `"send"`, `"poll"`.
    public let operation: String
    /// The endpoint involved, if any.
    public let endpoint: String?
    /// The `zmq_errno()` value.
    public let code: Int32

    public init(operation: String, endpoint: String? = nil, code: Int32) {
        self.operation = operation
        self.endpoint = endpoint
        self.code = code
    }

    /// Captures `zmq_errno()` for a call that just failed.
    static func last(_ operation: String, endpoint: String? = nil) -> ZMQError {
        ZMQError(operation: operation, endpoint: endpoint, code: zmq_errno())
    }

    /// The call would have blocked (`EAGAIN`).
    public var wouldBlock: Bool { code == CZMQ_EAGAIN }
    /// The context was shut down or terminated (`ETERM`).
    public var contextTerminated: Bool { code == CZMQ_ETERM }
    /// A ROUTER with `ROUTER_MANDATORY` had no peer for the identity (`EHOSTUNREACH`).
    public var hostUnreachable: Bool { code == CZMQ_EHOSTUNREACH }
    /// A signal interrupted the call (`EINTR`).
    public var interrupted: Bool { code == CZMQ_EINTR }

    public var description: String {
        let target = endpoint.map { " to \($0)" } ?? ""
        let reason = String(cString: zmq_strerror(code))
        return "ZeroMQ \(operation)\(target) failed: \(reason) (\(code))."
    }
}
