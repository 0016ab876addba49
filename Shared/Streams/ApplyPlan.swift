/// How a subscription applies the events after its checkpoint, as its crash guard says (docs/streams.md §4.6).
public enum ApplyPlan: Sendable, Equatable {
    /// A run of at most `max` events, as usual.
    case batch(max: Int)
    /// The next event alone: it was in flight, in a run or alone, when the process crashed.
    case single
    /// The next event is not applied but set aside as a dead letter (or halts a stream that must not skip one),
    /// with `reason`: the process died `crashes` times applying it.
    case setAside(reason: String, crashes: Int)

    /// How many events to take for it.
    public var count: Int {
        switch self {
        case .batch(let max): max
        case .single, .setAside: 1
        }
    }
}
