import Foundation
import Streams
import Testing
import ZeroMQBus

/// The frame format of docs/streams.md §2 as `StreamWire` encodes it: every encoder round-trips through its
/// parser, and malformed frames are refused with a reason (the "bad input on the bus" requirement).
@Suite(.timeLimit(.minutes(1))) struct StreamWireTests {
    static let event = StoredEvent(seq: 42, type: "order.placed", body: Data(#"{"v":1}"#.utf8))
    static let binary = StoredEvent(seq: .max, type: "blob.stored", body: Data([0, 0xff, 0x10]))
    static let empty = StoredEvent(seq: 1, type: "t", body: Data())

    @Test(
        "SUB messages round-trip",
        arguments: [
            (
                StreamWire.event(stream: "orders", epoch: "E1", event),
                StreamWire.Published.event(stream: "orders", epoch: "E1", event: event)
            ),
            (
                StreamWire.event(stream: "orders", epoch: "E1", empty),
                .event(stream: "orders", epoch: "E1", event: empty)
            ),
            (
                StreamWire.heartbeat(stream: "orders", epoch: "E1", head: 0, oldest: 1),
                .heartbeat(stream: "orders", epoch: "E1", head: 0, oldest: 1)
            ),
            (
                StreamWire.heartbeat(stream: "s", epoch: "", head: .max, oldest: 7),
                .heartbeat(stream: "s", epoch: "", head: .max, oldest: 7)
            ),
        ])
    func publishedRoundTrips(frames: [Data], expected: StreamWire.Published) throws {
        #expect(try StreamWire.parsePublished(frames).get() == expected)
    }

    @Test(
        "DEALER replies round-trip",
        arguments: [
            (
                StreamWire.events(stream: "orders", epoch: "E1", head: 9, oldest: 1, []),
                StreamWire.Reply.events(stream: "orders", epoch: "E1", head: 9, oldest: 1, events: [])
            ),
            (
                StreamWire.events(stream: "orders", epoch: "E1", head: .max, oldest: 2, [event, binary, empty]),
                .events(stream: "orders", epoch: "E1", head: .max, oldest: 2, events: [event, binary, empty])
            ),
            (
                StreamWire.gone(stream: "orders", epoch: "E1", oldest: 601),
                .gone(stream: "orders", epoch: "E1", oldest: 601)
            ),
            (StreamWire.epochMismatch(stream: "orders", epoch: "E2"), .epochMismatch(stream: "orders", epoch: "E2")),
            (
                StreamWire.rpcReply(requestID: "r1", ok: true, body: Data("{}".utf8)),
                .rpc(requestID: "r1", ok: true, body: Data("{}".utf8))
            ),
            (
                StreamWire.rpcReply(requestID: "r2", ok: false, body: Data()),
                .rpc(requestID: "r2", ok: false, body: Data())
            ),
            (StreamWire.error("no such stream"), .error("no such stream")),
        ])
    func repliesRoundTrip(frames: [Data], expected: StreamWire.Reply) throws {
        #expect(try StreamWire.parseReply(frames).get() == expected)
    }

    @Test(
        "ROUTER requests round-trip",
        arguments: [
            (
                StreamWire.fetch(stream: "orders", epoch: "", from: 1, credit: 1000),
                StreamWire.Request.fetch(stream: "orders", epoch: "", from: 1, credit: 1000)
            ),
            (
                StreamWire.fetch(stream: "orders", epoch: "E1", from: .max, credit: 0),
                .fetch(stream: "orders", epoch: "E1", from: .max, credit: 0)
            ),
            (
                StreamWire.acknowledge(stream: "orders", subscriber: "billing", seq: 77),
                .acknowledge(stream: "orders", subscriber: "billing", seq: 77)
            ),
            (
                StreamWire.rpcRequest(requestID: "r1", method: "orders.place", body: Data(#"{"a":1}"#.utf8)),
                .rpc(requestID: "r1", method: "orders.place", body: Data(#"{"a":1}"#.utf8))
            ),
        ])
    func requestsRoundTrip(frames: [Data], expected: StreamWire.Request) throws {
        #expect(try StreamWire.parseRequest(frames).get() == expected)
    }

    @Test("A reply whose ERROR frame is missing still parses as an error")
    func bareErrorReply() throws {
        #expect(try StreamWire.parseReply([Data("ERROR".utf8)]).get() == .error("unknown"))
    }

    @Test("Malformed SUB messages are refused with the reason", arguments: Malformed.published)
    func malformedPublishedIsRefused(_ row: Malformed) {
        expectRefused(StreamWire.parsePublished(row.frames), saying: row.says)
    }

    @Test("Malformed DEALER replies are refused with the reason", arguments: Malformed.replies)
    func malformedReplyIsRefused(_ row: Malformed) {
        expectRefused(StreamWire.parseReply(row.frames), saying: row.says)
    }

    @Test("Malformed ROUTER requests are refused with the reason", arguments: Malformed.requests)
    func malformedRequestIsRefused(_ row: Malformed) {
        expectRefused(StreamWire.parseRequest(row.frames), saying: row.says)
    }

    private func expectRefused<Parsed>(_ result: Result<Parsed, WireError>, saying reason: String) {
        switch result {
        case .success(let parsed):
            Issue.record("accepted as \(parsed)")
        case .failure(let error):
            #expect(error == .malformed(reason))
            #expect(error.description == "malformed message: \(reason)")
        }
    }
}

extension StreamWireTests {
    /// One row of the malformed-frames tables: the frames and the reason the parser must give.
    struct Malformed: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var frames: [Data]
        var says: String

        init(_ name: String, _ frames: [Data], says: String) {
            testDescription = name
            self.frames = frames
            self.says = says
        }

        private static func text(_ parts: String...) -> [Data] { parts.map { Data($0.utf8) } }
        private static let seq = ZMQFrames.uint64(1)
        private static let zero = ZMQFrames.uint64(0)
        private static let short = Data([0, 0, 0, 1])

        static let published = [
            Malformed("empty message", [], says: "no stream frame"),
            Malformed("stream not UTF-8", [Data([0xff, 0xfe]), Data("M".utf8)], says: "no stream frame"),
            Malformed("unknown kind", text("probe", "X", "E1"), says: "unknown kind frame"),
            Malformed(
                "event of 5 frames", text("probe", "M", "E1") + [seq, Data("t".utf8)],
                says: "event of 5 frames, expected 6"),
            Malformed(
                "event of 7 frames", text("probe", "M", "E1") + [seq] + text("t", "{}", "extra"),
                says: "event of 7 frames, expected 6"),
            Malformed(
                "event seq of 4 bytes", text("probe", "M", "E1") + [short] + text("t", "{}"),
                says: "event header frames are not epoch, seq:u64be > 0, type"),
            Malformed(
                "event seq 0", text("probe", "M", "E1") + [zero] + text("t", "{}"),
                says: "event header frames are not epoch, seq:u64be > 0, type"),
            Malformed(
                "heartbeat of 4 frames", text("probe", "H", "E1") + [seq],
                says: "heartbeat frames are not epoch, head:u64be, oldest:u64be"),
            Malformed(
                "heartbeat head of 4 bytes", text("probe", "H", "E1") + [short, seq],
                says: "heartbeat frames are not epoch, head:u64be, oldest:u64be"),
        ]

        private static let eventsHeader = text("EVENTS", "probe", "E1") + [seq, seq]

        static let replies = [
            Malformed("empty reply", [], says: "empty reply"),
            Malformed("unknown kind", text("NOPE"), says: "unknown reply kind"),
            Malformed(
                "EVENTS without oldest", text("EVENTS", "probe", "E1") + [seq],
                says: "EVENTS header is not stream, epoch, head, oldest, then triples"),
            Malformed(
                "EVENTS head of 4 bytes", text("EVENTS", "probe", "E1") + [short, seq],
                says: "EVENTS header is not stream, epoch, head, oldest, then triples"),
            Malformed(
                "EVENTS entry of 2 frames", eventsHeader + [seq] + text("t"),
                says: "EVENTS header is not stream, epoch, head, oldest, then triples"),
            Malformed(
                "EVENTS entries of 4 frames", eventsHeader + [seq] + text("t", "{}") + [seq],
                says: "EVENTS header is not stream, epoch, head, oldest, then triples"),
            Malformed(
                "EVENTS entry seq 0", eventsHeader + [zero] + text("t", "{}"),
                says: "EVENTS entry 0 is not seq:u64be, type, body"),
            Malformed(
                "EVENTS second entry seq of 4 bytes",
                eventsHeader + [seq] + text("t", "{}") + [short] + text("t", "{}"),
                says: "EVENTS entry 1 is not seq:u64be, type, body"),
            Malformed("GONE without oldest", text("GONE", "probe", "E1"), says: "GONE is not stream, epoch, oldest"),
            Malformed("EPOCH without epoch", text("EPOCH", "probe"), says: "EPOCH is not stream, epoch"),
            Malformed(
                "RPC reply without body", text("RPC", "r1", "OK"), says: "RPC reply is not requestID, status, body"),
        ]

        static let requests = [
            Malformed("empty request", [], says: "empty request"),
            Malformed("unknown kind", text("PING"), says: "unknown request kind"),
            Malformed(
                "FETCH without credit", text("FETCH", "probe", "E1") + [seq],
                says: "FETCH is not stream, epoch, from:u64be, credit:u64be"),
            Malformed(
                "FETCH from of 4 bytes", text("FETCH", "probe", "E1") + [short, seq],
                says: "FETCH is not stream, epoch, from:u64be, credit:u64be"),
            Malformed(
                "ACK without seq", text("ACK", "probe", "billing"), says: "ACK is not stream, subscriber, seq:u64be"),
            Malformed(
                "ACK seq of 4 bytes", text("ACK", "probe", "billing") + [short],
                says: "ACK is not stream, subscriber, seq:u64be"),
            Malformed(
                "RPC of 5 frames", text("RPC", "r1", "m", "{}", "extra"), says: "RPC is not requestID, method, body"),
        ]
    }
}
