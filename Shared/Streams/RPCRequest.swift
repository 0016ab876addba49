import Foundation

/// A request received on a service's ROUTER, waiting for `StreamEndpoint.reply`.
public struct RPCRequest: Sendable {
    /// The ROUTER identity and, for REQ clients, the empty delimiter: the envelope of the reply.
    let routing: [Data]
    public let requestID: String
    public let method: String
    /// JSON parameters (may be empty).
    public let body: Data
}
