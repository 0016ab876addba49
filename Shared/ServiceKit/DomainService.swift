import Streams

/// A service that owns a store, as its host runs it: the streams it applies, the RPCs it answers and the durable
/// timers it fires. Every such service is built from `ServiceParts` (and its settings), with no socket, so that
/// `ServiceHarness` drives the very values the host runs; `ServiceHost.run(_:)` wires them to the mesh.
public protocol DomainService: Sendable {
    /// The streams it consumes, each with the handler that applies it.
    var consumptions: [Consumption] { get }
    /// Its RPC methods; the host adds `health`, `status`, `metrics` and the dead-letter and stream methods.
    var methods: RPCRouter { get }
    /// Fires its durable timers inside the firing transaction; nil when it keeps none.
    var timers: DurableTimers.Handler? { get }
}

extension DomainService {
    public var consumptions: [Consumption] { [] }
    public var methods: RPCRouter { RPCRouter() }
    public var timers: DurableTimers.Handler? { nil }
}
