import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams

/// One service on a real SQLite file in a temporary folder, driven the way its host drives it, without sockets:
/// events through its stream handlers with the real checkpoint (`BatchApplier`, one transaction each), simulated
/// time through the clock with the due durable timers fired in the same transaction, RPCs through its router, and
/// what it published read back from its outbox. Every service's tests use it; a service's own conveniences (a
/// placement, a catalogue load) are extensions in its test target.
public final class ServiceHarness<Service: DomainService>: Sendable {
    /// A harness step that did not go as the test expected.
    public struct Failure: Error, CustomStringConvertible {
        public var description: String
    }

    /// The temporary folder: the state folder, holding the store. Removed when the last harness on it is gone.
    public let folder: HarnessFolder
    public let store: DatabasePool
    public let clock: DomainClock
    public let service: Service
    /// What the service logged, at every level.
    public let logs: LogRecorder
    /// The outbox of the stream the service publishes.
    public let outbox: Outbox
    private let feed: StreamFeed
    private let blueprint: Blueprint

    /// How to open the service again over the same folder.
    private struct Blueprint: Sendable {
        let stream: String
        let start: Date
        let migrations: @Sendable (inout DatabaseMigrator) -> Void
        let make: @Sendable (ServiceParts) throws -> Service
    }

    /// Opens a fresh store in a new temporary folder and builds the service on it.
    /// - Parameters:
    ///   - stream: the stream the service publishes; the store is `<stream>.sqlite`.
    ///   - start: the simulated domain time the clock starts at.
    ///   - migrations: the service's `<Name>Store.migrate`.
    ///   - prepare: runs on the store's path before the service opens it (to leave an older store there).
    ///   - make: builds the service from its parts.
    public convenience init(
        stream: String, start: Date, migrations: @escaping @Sendable (inout DatabaseMigrator) -> Void,
        prepare: (_ storePath: String) throws -> Void = { _ in },
        make: @escaping @Sendable (ServiceParts) throws -> Service
    ) throws {
        let folder = HarnessFolder(try TemporaryDirectory())
        try prepare(folder.directory.file("\(stream).sqlite"))
        try self.init(
            folder: folder, blueprint: Blueprint(stream: stream, start: start, migrations: migrations, make: make),
            heads: [:])
    }

    private init(folder: HarnessFolder, blueprint: Blueprint, heads: [String: UInt64]) throws {
        self.folder = folder
        self.blueprint = blueprint
        store = try StoreSetup.open(
            path: folder.directory.file("\(blueprint.stream).sqlite"), migrations: blueprint.migrations)
        clock = DomainClock(
            mode: .simulated(start: blueprint.start), stored: try store.read { try DomainClockSchema.stored($0) })
        logs = LogRecorder()
        outbox = Outbox(stream: blueprint.stream, epoch: "\(blueprint.stream)-epoch", maxBodyBytes: 1 << 22)
        feed = StreamFeed(writer: store, heads: heads)
        service = try blueprint.make(
            ServiceParts(
                store: store, outbox: outbox, clock: clock, logger: logs.logger,
                stateDirectory: folder.directory.path))
    }

    /// The store's file.
    public var storePath: String { folder.directory.file("\(blueprint.stream).sqlite") }

    /// Closes the store and opens the service again on it, as a restarted process would: the clock resumes at the
    /// stored domain time and each fed stream goes on at its next `seq`. This harness is not used afterwards.
    public func reopened() throws -> ServiceHarness {
        try store.close()
        return try ServiceHarness(folder: folder, blueprint: blueprint, heads: feed.fedHeads)
    }

    // MARK: - Streams

    /// Applies `payload` as the next event of `stream` (which the service must consume; it may be left out when the
    /// service consumes one stream), at `time` (domain time now by default), with its checkpoint in one transaction.
    /// - Throws: `StreamFeed.NotApplied` when the handler dead-lettered the event.
    @discardableResult
    public func deliver<Payload: EventPayload>(
        _ payload: Payload, on stream: String? = nil, at time: Date? = nil, correlation: String? = nil
    ) throws -> StreamFeed.Delivery {
        let (source, handler) = try consumption(stream)
        return try feed.deliverApplied(
            payload, on: source, at: time ?? clock.now(), correlation: correlation, to: handler)
    }

    /// Like `deliver`, but returns however the applier ended, a dead letter included.
    @discardableResult
    public func offer<Payload: EventPayload>(
        _ payload: Payload, on stream: String? = nil, at time: Date? = nil, correlation: String? = nil,
        id: String? = nil
    ) throws -> StreamFeed.Delivery {
        let (source, handler) = try consumption(stream)
        return try feed.deliver(
            payload, on: source, at: time ?? clock.now(), correlation: correlation, id: id, to: handler)
    }

    /// Hands an event already applied to its handler once more, in a transaction of its own: a redelivery that the
    /// checkpoint did not catch.
    public func redeliver(_ delivery: StreamFeed.Delivery) throws {
        let (_, handler) = try consumption(delivery.stream)
        let event = IncomingEvent(stream: delivery.stream, epoch: feed.epoch, stored: delivery.stored)
        try store.write { db in try handler.apply(event, in: db) }
    }

    private func consumption(_ stream: String?) throws -> (String, any StreamHandler) {
        let consumptions = service.consumptions
        if let stream {
            guard let found = consumptions.first(where: { $0.source == stream }) else {
                throw Failure(description: "the service does not consume \(stream)")
            }
            return (found.source, found.handler)
        }
        guard consumptions.count == 1, let only = consumptions.first else {
            let sources = consumptions.map(\.source).joined(separator: ", ")
            throw Failure(description: "name the stream: the service consumes \(sources)")
        }
        return (only.source, only.handler)
    }

    // MARK: - Time

    /// Moves simulated time to `time` and fires the timers due by then in the same transaction, as the clock
    /// stream does.
    public func advance(to time: Date) throws {
        let timers = service.timers
        try store.write { db in
            try clock.advance(to: time, in: db)
            if let timers { try DurableTimers.fireDue(at: time, in: db, handler: timers) }
        }
    }

    /// Moves simulated time by `interval`.
    public func advance(by interval: TimeInterval) throws {
        try advance(to: clock.now().addingTimeInterval(interval))
    }

    /// Fires each pending timer at its own due time, one transaction each, until none is due by `limit`; returns
    /// the due times fired.
    public func fireTimersInTurn(until limit: Date) throws -> [Date] {
        guard let timers = service.timers else { return [] }
        var fired: [Date] = []
        while let due = try store.read({ try DurableTimers.nextDue(in: $0) }), due <= limit {
            try store.write { db in _ = try DurableTimers.fireDue(at: due, in: db, handler: timers) }
            fired.append(due)
        }
        return fired
    }

    // MARK: - RPCs

    /// Calls `method` with `params` and decodes its result.
    /// - Throws: the `RPCFailure` the caller would read when the method refuses.
    public func call<Result: Decodable>(_ method: String, _ params: some Encodable, as _: Result.Type)
        async throws -> Result
    {
        let (ok, body) = await call(method, body: try DomainTime.makeEncoder().encode(params))
        guard ok else { throw try Self.failure(in: body) }
        return try DomainTime.makeDecoder().decode(Result.self, from: body)
    }

    /// Calls `method` with a raw JSON body; returns whether it succeeded and the body it answered.
    public func call(_ method: String, json: String) async -> (ok: Bool, body: Data) {
        await call(method, body: Data(json.utf8))
    }

    /// The refusal `method` answers to `params`.
    /// - Throws: `Failure` when the method succeeds.
    public func refusal(_ method: String, _ params: some Encodable) async throws -> RPCFailure {
        try Self.refusal(method, await call(method, body: try DomainTime.makeEncoder().encode(params)))
    }

    /// The refusal `method` answers to a raw JSON body.
    /// - Throws: `Failure` when the method succeeds.
    public func refusal(_ method: String, json: String) async throws -> RPCFailure {
        try Self.refusal(method, await call(method, json: json))
    }

    private func call(_ method: String, body: Data) async -> (ok: Bool, body: Data) {
        await service.methods.handle(method: method, body: body, logger: logs.logger)
    }

    private static func refusal(_ method: String, _ answer: (ok: Bool, body: Data)) throws -> RPCFailure {
        guard !answer.ok else {
            throw Failure(description: "\(method) succeeded: \(String(decoding: answer.body, as: UTF8.self))")
        }
        return try failure(in: answer.body)
    }

    private static func failure(in body: Data) throws -> RPCFailure {
        try DomainTime.makeDecoder().decode(RPCErrorBody.self, from: body).error
    }

    // MARK: - What the service published and stored

    /// Every event the service published, in `seq` order.
    public func published() throws -> [StoredEvent] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 100_000) }
    }

    /// The type of every published event, in order.
    public func publishedTypes() throws -> [String] {
        try published().map(\.type)
    }

    /// The published envelopes of one type, decoded, in order.
    public func envelopes<Payload: EventPayload>(_: Payload.Type) throws -> [Envelope<Payload>] {
        let decoder = DomainTime.makeDecoder()
        return try published().filter { $0.type == Payload.eventType }.map {
            try decoder.decode(Envelope<Payload>.self, from: $0.body)
        }
    }

    /// The data of the published events of one type, in order.
    public func published<Payload: EventPayload>(_ type: Payload.Type) throws -> [Payload] {
        try envelopes(type).map(\.data)
    }

    /// The durable timers still pending.
    public func pendingTimers() throws -> [DurableTimer] {
        try store.read { try DurableTimers.pending(in: $0) }
    }

    /// Every dead letter, oldest first.
    public func deadLetters() throws -> [DeadLetter] {
        try store.read { try DeadLetters.all($0) }
    }

    /// How many rows `table` holds.
    public func count(_ table: String) throws -> Int {
        try store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0 }
    }

    /// Reads the store.
    public func read<Value>(_ body: @Sendable (Database) throws -> Value) throws -> Value {
        try store.read(body)
    }
}

/// A harness's temporary folder, removed when the last harness using it is gone.
public final class HarnessFolder: Sendable {
    public let directory: TemporaryDirectory

    init(_ directory: TemporaryDirectory) {
        self.directory = directory
    }

    deinit { directory.remove() }
}
