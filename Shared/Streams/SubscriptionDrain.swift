import Foundation
import ZeroMQBus

/// How a publisher reads the subscription frames its XPUB passes up (docs/streams.md §3.3), with bounds, so that
/// no peer can grow its memory or hold up its loop by subscribing:
///
/// - each frame is at most `maximumFrameBytes(for:)` long (the socket's `ZMQ_MAXMSGSIZE`: a peer that announces
///   a longer one is dropped before it is read);
/// - at most `perTurn` frames are read per turn of the endpoint's loop, so RPCs, replays and heartbeats go on;
/// - a subscription that is not a prefix of the stream's name can never match an event, yet libzmq keeps it in its
///   table for as long as the connection lasts. After `foreignLimit` of them the publisher resets its XPUB
///   (`flooded`), which frees the table: subscribers reconnect on their own and fetch what they missed;
/// - libzmq enters a subscription in its table as it takes the frame from the connection's queue, and it goes on
///   taking frames for as long as the queue refills while it does. With one frame queued per connection
///   (`queuedPerPeer`, the XPUB's receive high-water mark) the queue runs dry between two frames, so libzmq takes
///   in little more than the loop reads and counts, and the table holds about `foreignLimit` useless subscriptions
///   at most (490,000 of them sent in 10 s grow a publisher by about 5 MB).
struct SubscriptionDrain {
    static let perTurn = 1000
    static let foreignLimit = 1000
    static let queuedPerPeer: Int32 = 1

    /// What one turn's reading found.
    struct Turn {
        /// A subscription to the stream arrived: a heartbeat should go out at once (F1).
        var subscribed = false
        /// Too many useless subscriptions: reset the XPUB.
        var flooded = false
    }

    static let reportInterval: Duration = .seconds(10)

    let stream: String
    /// Useless subscriptions since the XPUB was bound.
    private(set) var foreign = 0
    private var unreported = 0
    private var lastReport: ContinuousClock.Instant?

    init(stream: String) {
        self.stream = stream
    }

    /// The frame limit of the XPUB of `stream`: room for a subscription to the whole name (a `SUBSCRIBE` command
    /// with its name), and not much more.
    static func maximumFrameBytes(for stream: String) -> Int64 {
        Int64(max(256, stream.utf8.count + 64))
    }

    /// Reads at most `perTurn` subscription frames from `pub`.
    mutating func read(_ pub: ZMQSocket) throws(ZMQError) -> Turn {
        var turn = Turn()
        var handled = 0
        while handled < Self.perTurn, let frames = try pub.receive(dontWait: true) {
            handled += 1
            guard let frame = frames.first, frame.first == 1 else { continue }  // 0: an unsubscription
            if stream.utf8.starts(with: frame.dropFirst()) {
                turn.subscribed = true
            } else {
                foreign += 1
            }
        }
        turn.flooded = foreign >= Self.foreignLimit
        return turn
    }

    /// Notes that the XPUB is being reset and starts counting again for the next one. Returns the number of
    /// resets to log, at most once per `reportInterval` (a flood resets it many times a second), else nil.
    mutating func reset(at now: ContinuousClock.Instant) -> Int? {
        foreign = 0
        unreported += 1
        guard lastReport.map({ now - $0 >= Self.reportInterval }) ?? true else { return nil }
        defer { (unreported, lastReport) = (0, now) }
        return unreported
    }
}
