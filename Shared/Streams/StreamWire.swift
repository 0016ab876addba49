import Foundation
import ZeroMQBus

/// The frames of the stream protocol (docs/streams.md §2). Pure encoding and parsing, no sockets.
///
/// PUB:           `[stream, "M", epoch, seq:u64be, type, body]` and `[stream, "H", epoch, head:u64be, oldest:u64be]`
/// DEALER→ROUTER: `["FETCH", stream, epoch, from:u64be, credit:u64be]`, `["ACK", stream, subscriber, seq:u64be]`,
///                `["RPC", requestID, method, body]`
/// ROUTER→DEALER: `["EVENTS", stream, epoch, head, oldest, (seq, type, body)…]`, `["GONE", stream, epoch, oldest]`,
///                `["EPOCH", stream, epoch]`, `["RPC", requestID, "OK"|"ERR", body]`, `["ERROR", reason]`
public enum StreamWire {
    /// A message a subscriber receives on its SUB socket.
    public enum Published: Sendable, Equatable {
        case event(stream: String, epoch: String, event: StoredEvent)
        case heartbeat(stream: String, epoch: String, head: UInt64, oldest: UInt64)
    }

    /// A reply a subscriber receives on its DEALER socket.
    public enum Reply: Sendable, Equatable {
        case events(stream: String, epoch: String, head: UInt64, oldest: UInt64, events: [StoredEvent])
        case gone(stream: String, epoch: String, oldest: UInt64)
        case epochMismatch(stream: String, epoch: String)
        case rpc(requestID: String, ok: Bool, body: Data)
        case error(String)
    }

    /// A request the ROUTER receives (after the identity frame and any empty delimiter).
    public enum Request: Sendable, Equatable {
        case fetch(stream: String, epoch: String, from: UInt64, credit: UInt64)
        case acknowledge(stream: String, subscriber: String, seq: UInt64)
        case rpc(requestID: String, method: String, body: Data)
    }

    // MARK: - Encoding

    public static func event(stream: String, epoch: String, _ event: StoredEvent) -> [Data] {
        [
            ZMQFrames.text(stream), marker("M"), ZMQFrames.text(epoch), ZMQFrames.uint64(event.seq),
            ZMQFrames.text(event.type), event.body,
        ]
    }

    public static func heartbeat(stream: String, epoch: String, head: UInt64, oldest: UInt64) -> [Data] {
        [ZMQFrames.text(stream), marker("H"), ZMQFrames.text(epoch), ZMQFrames.uint64(head), ZMQFrames.uint64(oldest)]
    }

    public static func fetch(stream: String, epoch: String, from: UInt64, credit: UInt64) -> [Data] {
        [
            marker("FETCH"), ZMQFrames.text(stream), ZMQFrames.text(epoch), ZMQFrames.uint64(from),
            ZMQFrames.uint64(credit),
        ]
    }

    public static func acknowledge(stream: String, subscriber: String, seq: UInt64) -> [Data] {
        [marker("ACK"), ZMQFrames.text(stream), ZMQFrames.text(subscriber), ZMQFrames.uint64(seq)]
    }

    public static func rpcRequest(requestID: String, method: String, body: Data) -> [Data] {
        [marker("RPC"), ZMQFrames.text(requestID), ZMQFrames.text(method), body]
    }

    public static func events(stream: String, epoch: String, head: UInt64, oldest: UInt64, _ events: [StoredEvent])
        -> [Data]
    {
        var frames = [
            marker("EVENTS"), ZMQFrames.text(stream), ZMQFrames.text(epoch), ZMQFrames.uint64(head),
            ZMQFrames.uint64(oldest),
        ]
        frames.reserveCapacity(frames.count + events.count * 3)
        for event in events {
            frames += [ZMQFrames.uint64(event.seq), ZMQFrames.text(event.type), event.body]
        }
        return frames
    }

    public static func gone(stream: String, epoch: String, oldest: UInt64) -> [Data] {
        [marker("GONE"), ZMQFrames.text(stream), ZMQFrames.text(epoch), ZMQFrames.uint64(oldest)]
    }

    public static func epochMismatch(stream: String, epoch: String) -> [Data] {
        [marker("EPOCH"), ZMQFrames.text(stream), ZMQFrames.text(epoch)]
    }

    public static func rpcReply(requestID: String, ok: Bool, body: Data) -> [Data] {
        [marker("RPC"), ZMQFrames.text(requestID), marker(ok ? "OK" : "ERR"), body]
    }

    public static func error(_ reason: String) -> [Data] {
        [marker("ERROR"), ZMQFrames.text(reason)]
    }

    private static func marker(_ text: String) -> Data { Data(text.utf8) }

    // MARK: - Parsing

    /// Parses a SUB message; the error names what is wrong with the frames.
    public static func parsePublished(_ frames: [Data]) -> Result<Published, WireError> {
        guard let first = frames.first, let stream = ZMQFrames.text(first) else {
            return .failure(.malformed("no stream frame"))
        }
        guard frames.count >= 2 else { return .failure(.malformed("no kind frame")) }
        switch String(decoding: frames[1], as: UTF8.self) {
        case "M":
            guard frames.count == 6 else { return .failure(.malformed("event of \(frames.count) frames, expected 6")) }
            guard let epoch = ZMQFrames.text(frames[2]), let seq = ZMQFrames.uint64(frames[3]), seq > 0,
                let type = ZMQFrames.text(frames[4])
            else { return .failure(.malformed("event header frames are not epoch, seq:u64be > 0, type")) }
            return .success(
                .event(stream: stream, epoch: epoch, event: StoredEvent(seq: seq, type: type, body: frames[5])))
        case "H":
            guard frames.count == 5, let epoch = ZMQFrames.text(frames[2]), let head = ZMQFrames.uint64(frames[3]),
                let oldest = ZMQFrames.uint64(frames[4])
            else { return .failure(.malformed("heartbeat frames are not epoch, head:u64be, oldest:u64be")) }
            return .success(.heartbeat(stream: stream, epoch: epoch, head: head, oldest: oldest))
        default:
            return .failure(.malformed("unknown kind frame"))
        }
    }

    /// Parses a DEALER-side reply.
    public static func parseReply(_ frames: [Data]) -> Result<Reply, WireError> {
        guard let kind = frames.first.map({ String(decoding: $0, as: UTF8.self) }) else {
            return .failure(.malformed("empty reply"))
        }
        switch kind {
        case "EVENTS":
            guard frames.count >= 5, (frames.count - 5) % 3 == 0, let stream = ZMQFrames.text(frames[1]),
                let epoch = ZMQFrames.text(frames[2]), let head = ZMQFrames.uint64(frames[3]),
                let oldest = ZMQFrames.uint64(frames[4])
            else { return .failure(.malformed("EVENTS header is not stream, epoch, head, oldest, then triples")) }
            var events: [StoredEvent] = []
            events.reserveCapacity((frames.count - 5) / 3)
            var index = 5
            while index < frames.count {
                guard let seq = ZMQFrames.uint64(frames[index]), seq > 0, let type = ZMQFrames.text(frames[index + 1])
                else {
                    return .failure(.malformed("EVENTS entry \((index - 5) / 3) is not seq:u64be, type, body"))
                }
                events.append(StoredEvent(seq: seq, type: type, body: frames[index + 2]))
                index += 3
            }
            return .success(.events(stream: stream, epoch: epoch, head: head, oldest: oldest, events: events))
        case "GONE":
            guard frames.count == 4, let stream = ZMQFrames.text(frames[1]), let epoch = ZMQFrames.text(frames[2]),
                let oldest = ZMQFrames.uint64(frames[3])
            else { return .failure(.malformed("GONE is not stream, epoch, oldest")) }
            return .success(.gone(stream: stream, epoch: epoch, oldest: oldest))
        case "EPOCH":
            guard frames.count == 3, let stream = ZMQFrames.text(frames[1]), let epoch = ZMQFrames.text(frames[2])
            else {
                return .failure(.malformed("EPOCH is not stream, epoch"))
            }
            return .success(.epochMismatch(stream: stream, epoch: epoch))
        case "RPC":
            guard frames.count == 4, let requestID = ZMQFrames.text(frames[1]) else {
                return .failure(.malformed("RPC reply is not requestID, status, body"))
            }
            return .success(.rpc(requestID: requestID, ok: frames[2] == Data("OK".utf8), body: frames[3]))
        case "ERROR":
            return .success(.error(frames.count > 1 ? String(decoding: frames[1], as: UTF8.self) : "unknown"))
        default:
            return .failure(.malformed("unknown reply kind"))
        }
    }

    /// Parses a ROUTER-side request (without identity and delimiter frames).
    public static func parseRequest(_ frames: [Data]) -> Result<Request, WireError> {
        guard let kind = frames.first.map({ String(decoding: $0, as: UTF8.self) }) else {
            return .failure(.malformed("empty request"))
        }
        switch kind {
        case "FETCH":
            guard frames.count == 5, let stream = ZMQFrames.text(frames[1]), let epoch = ZMQFrames.text(frames[2]),
                let from = ZMQFrames.uint64(frames[3]), let credit = ZMQFrames.uint64(frames[4])
            else { return .failure(.malformed("FETCH is not stream, epoch, from:u64be, credit:u64be")) }
            return .success(.fetch(stream: stream, epoch: epoch, from: from, credit: credit))
        case "ACK":
            guard frames.count == 4, let stream = ZMQFrames.text(frames[1]), let subscriber = ZMQFrames.text(frames[2]),
                let seq = ZMQFrames.uint64(frames[3])
            else { return .failure(.malformed("ACK is not stream, subscriber, seq:u64be")) }
            return .success(.acknowledge(stream: stream, subscriber: subscriber, seq: seq))
        case "RPC":
            guard frames.count == 4, let requestID = ZMQFrames.text(frames[1]), let method = ZMQFrames.text(frames[2])
            else {
                return .failure(.malformed("RPC is not requestID, method, body"))
            }
            return .success(.rpc(requestID: requestID, method: method, body: frames[3]))
        default:
            return .failure(.malformed("unknown request kind"))
        }
    }
}

/// Why frames were refused.
public enum WireError: Error, Sendable, Equatable, CustomStringConvertible {
    case malformed(String)

    public var description: String {
        switch self {
        case .malformed(let reason): "malformed message: \(reason)"
        }
    }
}
