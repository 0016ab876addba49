/// Where a subscription stands (docs/streams.md §4), as `status` answers it.
public enum SubscriptionPhase: String, Codable, Sendable {
    /// Applied up to the publisher's known head.
    case live
    /// Behind the known head and fetching.
    case catchingUp = "catching-up"
    /// The publisher has been silent for three heartbeat intervals.
    case suspect
    /// The publisher's store was replaced (a new epoch); nothing more is applied until an operator resets.
    case fenced
    /// The events it needs were pruned by the publisher; an operator must resync.
    case gone
    /// A handler that must not skip an event failed; the stream stopped before it.
    case halted
}
