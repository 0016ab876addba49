import Contracts
import Foundation
import FraudHold
import GRDB
import Logging
import ServiceKit
import Streams
import TestSupport

/// A fraud-hold service on a real SQLite file in a temporary folder, driven like the host drives it: events
/// through `BatchApplier` (with the real checkpoint), simulated time through the clock and the durable timers,
/// RPCs through the router. No sockets.
final class ServiceHarness {
    /// Why a harness step failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let directory: TemporaryDirectory
    let store: DatabasePool
    let clock: DomainClock
    let service: FraudHoldService
    private let feed: StreamFeed
    private let logger = Logger(label: "fraud-hold-test")

    /// - Parameter prepare: runs on the store's path before the service opens (and migrates) it.
    init(settings: FraudHoldSettings = FraudHoldSettings(), prepare: (String) throws -> Void = { _ in }) throws {
        directory = try TemporaryDirectory()
        try prepare(directory.file("fraud-hold.sqlite"))
        store = try StoreSetup.open(path: directory.file("fraud-hold.sqlite"), migrations: FraudHoldStore.migrate)
        clock = DomainClock(mode: .simulated(start: Fixtures.t0), stored: nil)
        service = FraudHoldService(
            store: store, outbox: Outbox(stream: StreamNames.fraudHold, epoch: "fraud-epoch", maxBodyBytes: 1 << 20),
            clock: clock, settings: settings)
        feed = StreamFeed(writer: store)
    }

    deinit {
        directory.remove()
    }

    // MARK: - Streams

    /// Publishes `payload` as the next event of `stream` (`orders` or `payments`) and applies it in one
    /// transaction with the checkpoint; a dead letter fails the step.
    func deliver<Payload: EventPayload>(_ payload: Payload, on stream: String) throws {
        let handler: any StreamHandler =
            stream == StreamNames.orders ? service.ordersHandler : service.paymentsHandler
        try feed.deliverApplied(payload, on: stream, at: clock.now(), to: handler)
    }

    /// Moves simulated time to `time` and fires the due timers in the same transaction, as the clock stream does.
    func advance(to time: Date) throws {
        try store.write { db in
            try clock.advance(to: time, in: db)
            try DurableTimers.fireDue(at: time, in: db, handler: service.timers)
        }
    }

    // MARK: - Outbox and store

    /// Every event the service published, in `seq` order.
    func published() throws -> [StoredEvent] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 10_000) }
    }

    /// The types of every published event, in order.
    func publishedTypes() throws -> [String] {
        try published().map(\.type)
    }

    /// The published events of one type, decoded.
    func published<Payload: EventPayload>(_: Payload.Type) throws -> [Payload] {
        try published().filter { $0.type == Payload.eventType }.map {
            try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: $0.body).data
        }
    }

    /// Pending durable timers.
    func pendingTimers() throws -> [DurableTimer] {
        try store.read { try DurableTimers.pending(in: $0) }
    }

    // MARK: - RPCs

    /// Calls `method` and decodes its result; a refusal fails the step.
    func call<Result: Decodable>(_ method: String, _ params: some Encodable, as _: Result.Type) async throws -> Result {
        let (ok, body) = await service.router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard ok else { throw Failure(description: "\(method) refused: \(String(decoding: body, as: UTF8.self))") }
        return try DomainTime.makeDecoder().decode(Result.self, from: body)
    }

    /// Calls `method` with a raw JSON body and returns its refusal; a success fails the step.
    func refusal(_ method: String, json: String) async throws -> RPCFailure {
        let (ok, body) = await service.router.handle(method: method, body: Data(json.utf8), logger: logger)
        guard !ok else { throw Failure(description: "\(method) succeeded: \(String(decoding: body, as: UTF8.self))") }
        return try JSONDecoder().decode(ErrorBody.self, from: body).error
    }

    /// `{"error": {...}}`.
    private struct ErrorBody: Decodable {
        var error: RPCFailure
    }
}
