/// The body of every refused RPC, whichever process answers: `{"error":{"code","message","field"}}`
/// (docs/architecture.md §3).
public struct RPCErrorBody: Codable, Sendable, Equatable {
    public var error: RPCFailure

    public init(error: RPCFailure) {
        self.error = error
    }
}
