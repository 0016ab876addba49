import Contracts
import Foundation
import GRDB

/// Appends a service's events to its stream inside the caller's transaction (docs/streams.md §3.1).
///
/// The state change and its events commit together or not at all. SQLite serialises writers, so `seq`
/// order is commit order with no holes; a rolled-back transaction consumes no `seq`. After commit,
/// the store's `InsertCommitObserver` wakes the publisher, which sends the new rows.
public struct Outbox: Sendable {
    /// The stream this outbox feeds.
    public let stream: String
    /// The store's epoch, written into every envelope.
    public let epoch: String
    /// Bodies larger than this are refused before they enter the stream.
    public let maxBodyBytes: Int

    public init(stream: String, epoch: String, maxBodyBytes: Int) {
        self.stream = stream
        self.epoch = epoch
        self.maxBodyBytes = maxBodyBytes
    }

    /// Appends one event with the next `seq`; returns the envelope as published.
    @discardableResult
    public func append<Payload: EventPayload>(
        _ payload: Payload, at time: Date, correlation: String? = nil, causation: String? = nil,
        in db: Database
    ) throws -> Envelope<Payload> {
        let seq = try OutboxLog.head(db) + 1
        let envelope = Envelope(
            stream: stream, epoch: epoch, seq: seq, id: EventID.make(), type: Payload.eventType,
            at: time, correlation: correlation, causation: causation, data: payload)
        let body = try Self.encoder.encode(envelope)
        guard body.count <= maxBodyBytes else {
            throw StreamError.eventTooLarge(type: Payload.eventType, bytes: body.count, limit: maxBodyBytes)
        }
        try db.cachedStatement(
            sql: "INSERT INTO outboxEvent(seq, id, type, body, createdAt) VALUES(:seq, :id, :type, :body, :createdAt)"
        ).execute(arguments: [
            "seq": Int64(seq), "id": envelope.id, "type": Payload.eventType, "body": body,
            "createdAt": Int64(Date().timeIntervalSince1970 * 1000),
        ])
        return envelope
    }

    private static let encoder = DomainTime.makeEncoder()
}
