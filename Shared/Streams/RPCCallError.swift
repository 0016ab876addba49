import Contracts

/// Why an RPC call did not return a result.
public enum RPCCallError: Error, Sendable, CustomStringConvertible {
    /// The server answered with an error.
    case failed(RPCFailure)
    /// The request went out to a connected server, but no reply came before the deadline: the server may have
    /// acted on it (it was busy, or died or restarted before answering).
    case timedOut(method: String, endpoint: String)
    /// No server was connected at the endpoint to take the request before the deadline, so it was never sent and
    /// nothing acted on it. `hadReachedServer`: whether this client had reached a server there before (it went
    /// away), or never did (nothing runs there).
    case unreachable(method: String, endpoint: String, hadReachedServer: Bool)
    /// The client was closed.
    case closed(endpoint: String)

    public var description: String {
        switch self {
        case .failed(let failure): failure.description
        case .timedOut(let method, let endpoint):
            "\(method) timed out: the request went out to \(endpoint) but no reply came in time, so it may or may "
                + "not have been carried out."
        case .unreachable(let method, let endpoint, hadReachedServer: false):
            "Nothing answers at \(endpoint) (\(method) was not sent); is the service running?"
        case .unreachable(let method, let endpoint, hadReachedServer: true):
            "\(endpoint) stopped answering and has not come back (\(method) was not sent); is the service running?"
        case .closed(let endpoint): "The client for \(endpoint) was closed."
        }
    }
}
