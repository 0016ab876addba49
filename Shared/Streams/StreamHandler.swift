import Contracts
import Foundation
import GRDB

/// Applies a consumed stream's events to a service's store.
///
/// `apply` runs inside the subscription's transaction, next to the checkpoint update: effects and
/// position commit together (docs/streams.md §4.3). Throwing rolls back this event's effects only; the event
/// then goes to the dead-letter table (or halts the stream, see `failurePolicy`). Unknown types must
/// be ignored (return without effect): the checkpoint still advances.
public protocol StreamHandler: Sendable {
    /// Applies one event's effects, in order, within the caller's transaction.
    func apply(_ event: IncomingEvent, in db: Database) throws
    /// What a failure of this event type does; `.deadLetter` unless an event's loss would corrupt state.
    func failurePolicy(for type: String) -> FailurePolicy
}

extension StreamHandler {
    public func failurePolicy(for type: String) -> FailurePolicy { .deadLetter }
}

/// What a handler failure does to the stream (docs/streams.md §4.6).
public enum FailurePolicy: Sendable {
    /// Record the event and its error in `deadLetter`, advance the checkpoint, go on.
    case deadLetter
    /// Stop the stream before this event and alert; nothing after it is applied.
    case halt
}

/// One consumed event: its position and type from the frames, its JSON body undecoded.
public struct IncomingEvent: Sendable {
    public var stream: String
    public var epoch: String
    public var seq: UInt64
    public var type: String
    public var body: Data

    public init(stream: String, epoch: String, stored: StoredEvent) {
        self.stream = stream
        self.epoch = epoch
        self.seq = stored.seq
        self.type = stored.type
        self.body = stored.body
    }

    /// Decodes the body once, checking that it agrees with the frames it came in.
    public func decode<Payload: Decodable & Sendable>(_: Payload.Type) throws -> Envelope<Payload> {
        let envelope = try Self.decoder.decode(Envelope<Payload>.self, from: body)
        guard envelope.seq == seq else { throw StreamError.envelopeMismatch(stream: stream, seq: seq, field: "seq") }
        guard envelope.stream == stream else {
            throw StreamError.envelopeMismatch(stream: stream, seq: seq, field: "stream")
        }
        guard envelope.type == type else { throw StreamError.envelopeMismatch(stream: stream, seq: seq, field: "type") }
        return envelope
    }

    private static let decoder = DomainTime.makeDecoder()
}
