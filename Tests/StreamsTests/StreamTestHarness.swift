import Contracts
import Foundation
import GRDB
import Logging
import Streams
import TestSupport
import ZeroMQBus

/// The synthetic event the stream tests publish.
struct Tick: EventPayload, Equatable {
    static let eventType = "test.ticked"
    var n: Int
    var padding: String = String(repeating: "x", count: 160)
}

/// A store as a service would open it: WAL, synchronous=FULL, stream tables, and one effects table.
func openStore(_ path: String) throws -> DatabasePool {
    var configuration = Configuration()
    configuration.busyMode = .timeout(10)
    let pool = try DatabasePool(path: path, configuration: configuration)
    try pool.writeWithoutTransaction { try $0.execute(sql: "PRAGMA synchronous = FULL") }
    var migrator = DatabaseMigrator()
    StreamSchema.register(in: &migrator)
    migrator.registerMigration("test-effects") { db in
        try db.execute(
            sql: "CREATE TABLE effect(rowid INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT, seq INTEGER, n INTEGER)")
    }
    try migrator.migrate(pool)
    return pool
}

/// Records every event it applies as an `effect` row: no uniqueness, so a double apply would show.
struct RecordingHandler: StreamHandler {
    var failing: Set<UInt64> = []
    var halting = false
    var perEventDelayMicroseconds: UInt32 = 0

    func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == Tick.eventType else { return }
        let envelope = try event.decode(Tick.self)
        if failing.contains(event.seq) { throw TestFailure(message: "handler refuses seq \(event.seq)") }
        if perEventDelayMicroseconds > 0 { usleep(perEventDelayMicroseconds) }
        try db.execute(
            sql: "INSERT INTO effect(stream, seq, n) VALUES(?, ?, ?)",
            arguments: [event.stream, Int64(event.seq), envelope.data.n])
    }

    func failurePolicy(for type: String) -> FailurePolicy { halting ? .halt : .deadLetter }
}

struct TestFailure: Error, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// The effects recorded in a store, in apply order.
func effects(_ pool: DatabasePool) throws -> [UInt64] {
    try pool.read { db in try Int64.fetchAll(db, sql: "SELECT seq FROM effect ORDER BY rowid").map { UInt64($0) } }
}

/// Exactly once: the effects are 1…n, in order, none missing, none twice.
func isExactlyOnce(_ pool: DatabasePool, count: Int) throws -> Bool {
    try effects(pool) == (0..<UInt64(count)).map { $0 + 1 }
}

/// A publishing service's stream half: a store, its outbox and its endpoint.
final class TestPublisher: Sendable {
    let pool: DatabasePool
    let outbox: Outbox
    let endpoint: StreamEndpoint

    init(
        store path: String, stream: String = "probe", rpc: String, pub: String, context: ZMQContext,
        heartbeat: Duration = .milliseconds(100), retained: Int = 0, sendHighWaterMark: Int32 = 100_000
    ) async throws {
        pool = try openStore(path)
        let opened = try await pool.write { try StreamMeta.open($0, bootID: "test-boot") }
        outbox = Outbox(stream: stream, epoch: opened.epoch, maxBodyBytes: 1 << 20)
        endpoint = try await StreamEndpoint(
            publication: .init(
                stream: stream, epoch: opened.epoch, publishEndpoint: pub, writer: pool, retainedEvents: retained),
            options: .init(
                rpcEndpoint: rpc, heartbeatInterval: heartbeat, maxMessageBytes: 1 << 20,
                sendHighWaterMark: sendHighWaterMark),
            context: context, logger: Logger(label: "test-publisher"))
    }

    /// Appends `count` ticks, `perTransaction` per commit; returns the last seq.
    func emit(_ count: Int, perTransaction: Int = 100, from first: Int = 1) throws {
        var n = first
        while n < first + count {
            let upper = min(n + perTransaction, first + count)
            try pool.write { db in
                for value in n..<upper { try outbox.append(Tick(n: value), at: Date(), in: db) }
            }
            n = upper
        }
    }

    func stop() async { await endpoint.stop() }
}

/// Builds a subscription to a `TestPublisher`'s endpoints.
func makeSubscription(
    store pool: DatabasePool, stream: String = "probe", rpc: String, pub: String, context: ZMQContext,
    handler: RecordingHandler = RecordingHandler(), heartbeat: Duration = .milliseconds(100),
    batchMax: Int = 500, credit: UInt64 = 1000, receiveHighWaterMark: Int32 = 100_000,
    maxMessageBytes: Int = 1 << 20
) -> Subscription {
    Subscription(
        source: .init(stream: stream, publishEndpoint: pub, rpcEndpoint: rpc),
        options: .init(
            subscriber: "test-sink", heartbeatInterval: heartbeat, credit: credit, batchMax: batchMax,
            maxMessageBytes: maxMessageBytes, receiveHighWaterMark: receiveHighWaterMark),
        writer: pool, handler: handler, context: context, logger: Logger(label: "test-subscription"))
}
