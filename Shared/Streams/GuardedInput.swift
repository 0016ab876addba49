/// An input whose application the crash guard watches (docs/streams.md §4.6): a run of consecutive events of a
/// consumed stream, or one RPC request, named by its method and the digest of its body.
public enum GuardedInput: Sendable, Hashable, CustomStringConvertible {
    case events(stream: String, epoch: String, from: UInt64, through: UInt64)
    case request(method: String, digest: String)

    /// One event.
    public static func event(stream: String, epoch: String, seq: UInt64) -> GuardedInput {
        .events(stream: stream, epoch: epoch, from: seq, through: seq)
    }

    /// Whether it is a single event or a request: what the guard can set aside, where a run of events is first
    /// split into its events.
    public var isSingle: Bool {
        switch self {
        case .events(_, _, let from, let through): from == through
        case .request: true
        }
    }

    /// Whether this is a run of `stream`'s events, in `epoch`, that includes `seq`.
    public func covers(stream: String, epoch: String, seq: UInt64) -> Bool {
        guard case .events(let ownStream, let ownEpoch, let from, let through) = self else { return false }
        return ownStream == stream && ownEpoch == epoch && (from...through).contains(seq)
    }

    /// Whether this and `other` are runs of one stream's events, in one epoch, sharing at least one.
    public func overlaps(_ other: GuardedInput) -> Bool {
        guard case .events(let stream, let epoch, let from, let through) = self,
            case .events(let otherStream, let otherEpoch, let otherFrom, let otherThrough) = other
        else { return false }
        return stream == otherStream && epoch == otherEpoch && from <= otherThrough && otherFrom <= through
    }

    /// `probe-source#7`, `probe-source#1-20`, `orders.place request sha256:1a2b3c4d…`.
    public var description: String {
        switch self {
        case .events(let stream, _, let from, let through):
            from == through ? "\(stream)#\(from)" : "\(stream)#\(from)-\(through)"
        case .request(let method, let digest):
            "\(method) request \(digest.prefix(15))…"
        }
    }
}
