import Foundation

/// A process's answer to `clock.progress` (which takes no parameters), every process answers it: what the
/// supervisor's stepped clock reads between two steps to know that the mesh has done everything the last step
/// set off, and where the next step must stop (docs/architecture.md §4). Read from the process's store in one
/// transaction, so that its parts agree with each other.
public struct ClockProgress: Codable, Sendable, Equatable {
    /// The instance answering.
    public var name: String
    public var pid: Int32
    /// The time its clock has reached: the last `clock.advanced` it applied. Nil for a process that does not
    /// follow the simulated clock (a dispatch worker, whose partitions follow it; a stateless process).
    public var domainTime: Date?
    /// When its next timer must fire at its own time; nil when none is pending.
    public var nextDue: Date?
    /// Calls it decided in a transaction and has not made yet: a dispatch partition's supplier calls, the
    /// simulated suppliers' answers.
    public var queuedCalls: Int
    /// The stream it publishes, and the last `seq` committed to it; nil for a process that publishes none.
    public var stream: String?
    public var head: UInt64?
    /// Each stream it consumes (`clock` included) and the last `seq` applied from it.
    public var applied: [String: UInt64]

    public init(
        name: String, pid: Int32, domainTime: Date? = nil, nextDue: Date? = nil, queuedCalls: Int = 0,
        stream: String? = nil, head: UInt64? = nil, applied: [String: UInt64] = [:]
    ) {
        self.name = name
        self.pid = pid
        self.domainTime = domainTime
        self.nextDue = nextDue
        self.queuedCalls = queuedCalls
        self.stream = stream
        self.head = head
        self.applied = applied
    }
}
