import Contracts

/// Something about a subscription that the supervisor and an operator must see.
public enum SubscriptionAlert: Sendable, Equatable, CustomStringConvertible {
    /// The publisher's store changed: its history was lost or replaced (F11). Nothing more is applied.
    case fenced(stream: String, expected: String, seen: String)
    /// The events this subscriber needs were pruned (F13).
    case gone(stream: String, needed: UInt64, oldestRetained: UInt64)
    /// A handler that declared `halt` failed at `seq` (F14); the stream stopped at `seq - 1`.
    case halted(stream: String, seq: UInt64, reason: String)
    /// The publisher has been silent for three heartbeat intervals (F9).
    case suspect(stream: String)

    var phase: SubscriptionPhase {
        switch self {
        case .fenced: .fenced
        case .gone: .gone
        case .halted: .halted
        case .suspect: .suspect
        }
    }

    public var description: String {
        switch self {
        case .fenced(let stream, let expected, let seen):
            "Stream \(stream) is fenced: checkpoint epoch \(expected.isEmpty ? "(none)" : expected), publisher epoch \(seen); the publisher's history was replaced."
        case .gone(let stream, let needed, let oldest):
            "Stream \(stream) needs seq \(needed) but the publisher keeps only from \(oldest); resync required."
        case .halted(let stream, let seq, let reason):
            "Stream \(stream) halted before seq \(seq): \(reason)"
        case .suspect(let stream):
            "Stream \(stream) publisher silent for 3 heartbeat intervals."
        }
    }
}
