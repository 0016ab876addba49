import Foundation

/// The answer to `status`, which every mesh process gives: who it is, how long it has run, the stream it
/// publishes, each stream it consumes with its lag, its dead letters and its alerts. A stateless process (one that
/// owns no store) answers with no publication, no subscriptions, no dead letters, no alerts and no domain time.
public struct ServiceStatusReport: Codable, Sendable, Equatable {
    /// The instance name, e.g. `orders` or `dispatch.p3`.
    public var name: String
    /// The answering process (for a partition, the worker that hosts it now).
    public var pid: Int32
    public var startedAt: Date
    public var uptimeSeconds: Double
    /// The mesh's clock: `system` or `simulated`.
    public var clockMode: String
    /// The domain time the process has reached (in simulated mode, the last `clock.advanced` it applied); nil for
    /// a process that keeps no domain time.
    public var domainTime: Date?
    /// The stream it publishes; nil when it publishes none.
    public var publication: PublicationStatus?
    /// The streams it consumes, the simulated clock among them when it follows it.
    public var subscriptions: [SubscriptionStatus]
    /// Consumed events it could not apply, over all its subscriptions.
    public var deadLetters: Int
    /// Every RPC method it answers, sorted.
    public var methods: [String]
    /// What a person must see about the process itself, one sentence each: a store that cannot be written, deleted
    /// or replaced, an event set aside or a request refused because it crashed the process, a supplier connector
    /// call failing for long, notifications that cannot be written. Nil or empty when there is none (and nil from a
    /// process built before alerts were reported).
    public var alerts: [String]?

    public init(
        name: String, pid: Int32, startedAt: Date, uptimeSeconds: Double, clockMode: String, domainTime: Date?,
        publication: PublicationStatus?, subscriptions: [SubscriptionStatus], deadLetters: Int, methods: [String],
        alerts: [String]? = nil
    ) {
        self.name = name
        self.pid = pid
        self.startedAt = startedAt
        self.uptimeSeconds = uptimeSeconds
        self.clockMode = clockMode
        self.domainTime = domainTime
        self.publication = publication
        self.subscriptions = subscriptions
        self.deadLetters = deadLetters
        self.methods = methods
        self.alerts = alerts
    }
}
