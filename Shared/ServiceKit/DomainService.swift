import Foundation
import GRDB
import Streams

/// A service that owns a store, as its host runs it: the streams it applies, the RPCs it answers and the durable
/// timers it fires. Every such service is built from `ServiceParts` (and its settings), with no socket, so that
/// `ServiceHarness` drives the very values the host runs; `ServiceHost.run(_:)` wires them to the mesh.
public protocol DomainService: Sendable {
    /// The streams it consumes, each with the handler that applies it.
    var consumptions: [Consumption] { get }
    /// Its RPC methods; the host adds `health`, `status`, `metrics`, `clock.progress` and the dead-letter and
    /// stream methods.
    var methods: RPCRouter { get }
    /// Fires its durable timers inside the firing transaction; nil when it keeps none.
    var timers: DurableTimers.Handler? { get }
    /// When its next timer must fire at its own time: the supervisor's stepped clock stops there
    /// (docs/architecture.md §4). By default its soonest durable timer; a service leaves out a timer that would
    /// do nothing now, which then fires whenever the clock passes it.
    func nextDue(in db: Database) throws -> Date?
    /// Calls it decided in a transaction and has not made yet (made after commit); the stepped clock waits until
    /// they are made. None by default.
    func queuedCalls(in db: Database) throws -> Int
    /// What an operator must see in `status` about its state, one sentence each (work that keeps failing). None by
    /// default.
    func alerts(in db: Database) throws -> [String]
}

extension DomainService {
    public var consumptions: [Consumption] { [] }
    public var methods: RPCRouter { RPCRouter() }
    public var timers: DurableTimers.Handler? { nil }
    public func nextDue(in db: Database) throws -> Date? { try DurableTimers.nextDue(in: db) }
    public func queuedCalls(in db: Database) throws -> Int { 0 }
    public func alerts(in db: Database) throws -> [String] { [] }

    /// Its `nextDue` and `queuedCalls`, for its host's `clock.progress`, and its `alerts`, for `status`.
    var pendingWork: PendingWork {
        PendingWork(
            nextDue: { try self.nextDue(in: $0) }, queuedCalls: { try self.queuedCalls(in: $0) },
            alerts: { try self.alerts(in: $0) })
    }
}
