import Foundation

/// The publisher's record of its subscribers' acknowledgements (docs/streams.md §3.5, §4.7), which decide what
/// retention may prune. An `ACK` is only a claim, so the book keeps the ones a real subscriber can make:
///
/// - the subscriber is known (an earlier `ACK` of its was kept: the names in `subscriberProgress`), or the peer
///   that sends the `ACK` has fetched this stream on its connection, as every subscriber does when it starts;
/// - the `seq` is at most the publisher's head: no subscriber can have applied an event that does not exist.
///
/// Any other `ACK` is ignored, so a peer that never followed the stream cannot add a subscriber (whose position
/// would hold retention back for ever, or let it prune what others still need). The book is bounded: it
/// remembers the latest `maximumPeers` peers that fetched and at most `maximumSubscribers` subscribers.
struct AcknowledgementBook {
    /// Why an `ACK` was ignored.
    enum Refusal: Equatable, CustomStringConvertible {
        case neverFetched(subscriber: String)
        case beyondHead(subscriber: String, seq: UInt64, head: UInt64)
        case tooManySubscribers(subscriber: String)

        var description: String {
            switch self {
            case .neverFetched(let subscriber):
                "ACK for new subscriber \(subscriber) from a peer that never fetched the stream"
            case .beyondHead(let subscriber, let seq, let head):
                "ACK from \(subscriber) for seq \(seq), beyond the head \(head)"
            case .tooManySubscribers(let subscriber):
                "ACK from \(subscriber): already \(AcknowledgementBook.maximumSubscribers) subscribers"
            }
        }
    }

    static let maximumPeers = 4096
    static let maximumSubscribers = 1024

    /// The latest position each subscriber acknowledged in this run, for `subscriberProgress` and `status`.
    private(set) var positions: [String: UInt64] = [:]
    private var known: Set<String>
    private var fetchers: Set<Data> = []
    private var fetcherOrder: [Data] = []

    /// Starts with the subscribers whose acknowledgements were kept before (`OutboxLog.acknowledgedSubscribers`).
    init(known: Set<String>) {
        self.known = known
    }

    /// Notes that `peer` (its routing identity) fetched the stream.
    mutating func fetched(by peer: Data) {
        guard fetchers.insert(peer).inserted else { return }
        fetcherOrder.append(peer)
        if fetcherOrder.count > Self.maximumPeers {
            fetchers.remove(fetcherOrder.removeFirst())
        }
    }

    /// Keeps `seq` as `subscriber`'s position if the claim can be true; returns why not otherwise.
    mutating func acknowledge(subscriber: String, seq: UInt64, from peer: Data, head: UInt64) -> Refusal? {
        guard seq <= head else { return .beyondHead(subscriber: subscriber, seq: seq, head: head) }
        if !known.contains(subscriber) {
            guard fetchers.contains(peer) else { return .neverFetched(subscriber: subscriber) }
            guard known.count < Self.maximumSubscribers else { return .tooManySubscribers(subscriber: subscriber) }
            known.insert(subscriber)
        }
        positions[subscriber] = max(positions[subscriber] ?? 0, seq)
        return nil
    }
}
