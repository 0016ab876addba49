import Contracts
import Foundation
import GRDB
import Streams
import Synchronization

/// Feeds a service's stream handlers in tests the way its subscription does, without sockets: each payload is
/// enveloped as the next `seq` of its stream under one epoch and applied by `BatchApplier`, checkpoint and all,
/// in one transaction.
public final class StreamFeed: Sendable {
    /// The epoch every fed stream carries.
    public let epoch: String
    private let writer: any DatabaseWriter
    private let heads = Mutex<[String: UInt64]>([:])

    /// One event fed: where it went in its stream, its envelope as stored, and how the applier ended.
    public struct Delivery: Sendable {
        public let stream: String
        public let seq: UInt64
        public let envelopeID: String
        public let stored: StoredEvent
        public let outcome: BatchApplier.Outcome

        /// Whether the handler applied it (it was not dead-lettered).
        public var wasApplied: Bool { outcome == .applied(through: seq, deadLettered: 0) }
    }

    /// - Parameter heads: the last `seq` already fed per stream, to go on where another feed stopped.
    public init(writer: any DatabaseWriter, epoch: String = "upstream-epoch", heads: [String: UInt64] = [:]) {
        self.writer = writer
        self.epoch = epoch
        self.heads.withLock { $0 = heads }
    }

    /// The last `seq` fed per stream.
    public var fedHeads: [String: UInt64] { heads.withLock { $0 } }

    /// Applies `payload` as the next event of `stream` with `handler`.
    /// - Parameters:
    ///   - id: the envelope id; `<stream>-<seq>` unless given.
    @discardableResult
    public func deliver<Payload: EventPayload>(
        _ payload: Payload, on stream: String, at time: Date, correlation: String? = nil, id: String? = nil,
        to handler: any StreamHandler
    ) throws -> Delivery {
        let seq = heads.withLock { heads in
            heads[stream, default: 0] += 1
            return heads[stream, default: 0]
        }
        let envelopeID = id ?? "\(stream)-\(seq)"
        let envelope = Envelope(
            stream: stream, epoch: epoch, seq: seq, id: envelopeID, type: Payload.eventType, at: time,
            correlation: correlation, data: payload)
        let stored = StoredEvent(seq: seq, type: Payload.eventType, body: try DomainTime.makeEncoder().encode(envelope))
        let applier = BatchApplier(stream: stream, writer: writer, handler: handler, maxBodyBytes: 1 << 24)
        let outcome = try applier.apply([stored], epoch: epoch, expected: seq - 1)
        return Delivery(stream: stream, seq: seq, envelopeID: envelopeID, stored: stored, outcome: outcome)
    }

    /// Like `deliver`, but a dead letter fails the step: throws `NotApplied` with the dead-letter table's errors.
    @discardableResult
    public func deliverApplied<Payload: EventPayload>(
        _ payload: Payload, on stream: String, at time: Date, correlation: String? = nil,
        to handler: any StreamHandler
    ) throws -> Delivery {
        let delivery = try deliver(payload, on: stream, at: time, correlation: correlation, to: handler)
        guard delivery.wasApplied else {
            let letters = try writer.read { try DeadLetters.all($0) }
            throw NotApplied(type: Payload.eventType, outcome: delivery.outcome, errors: letters.map(\.error))
        }
        return delivery
    }

    /// A fed event the handler did not apply.
    public struct NotApplied: Error, CustomStringConvertible {
        public let type: String
        public let outcome: BatchApplier.Outcome
        /// Every dead letter's error, oldest first.
        public let errors: [String]

        public var description: String { "\(type) not applied: \(outcome), \(errors)" }
    }
}
