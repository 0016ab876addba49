import Contracts
import Foundation
import GRDB
import Logging
import Orders
import ServiceKit
import Streams
import TestSupport
import Testing

/// A real orders service on a fresh SQLite file, driven without sockets: events go through its stream handlers
/// with `BatchApplier` (real transactions and checkpoints), RPCs through its router.
final class ServiceHarness: Sendable {

    let directory: TemporaryDirectory
    let store: DatabasePool
    let clock: DomainClock
    let reserver: TableStockReserver
    let service: OrdersService
    let router: RPCRouter
    private let logger = Logger(label: "orders-test")
    private let feed: StreamFeed

    /// A service whose catalogue knows `ServiceFixtures`' merchant and listing (unless `catalogue` is false), with
    /// `stock` units of each of the listing's variations at Inventory, which runs `beforeReserve` first in each call.
    /// `prepare` may leave a store of an earlier version at the path first, for the service to migrate.
    init(
        stock: Int = 20, catalogue: Bool = true, settings: OrdersSettings = OrdersSettings(),
        beforeReserve: (@Sendable (_ call: Int) async -> Void)? = nil, prepare: ((_ path: String) throws -> Void)? = nil
    ) async throws {
        directory = try TemporaryDirectory()
        try prepare?(directory.file("orders.sqlite"))
        store = try StoreSetup.open(path: directory.file("orders.sqlite"), migrations: OrdersStore.migrate)
        feed = StreamFeed(writer: store)
        clock = DomainClock(mode: .simulated(start: ServiceFixtures.t0), stored: nil)
        reserver = TableStockReserver(
            stock: Dictionary(uniqueKeysWithValues: ServiceFixtures.skus.map { ($0, stock) }), before: beforeReserve)
        service = OrdersService(
            store: store, outbox: Outbox(stream: StreamNames.orders, epoch: "orders-epoch", maxBodyBytes: 1 << 20),
            clock: clock, reserver: reserver, settings: settings, logger: logger)
        router = service.router
        if catalogue {
            try await deliver(MerchantUpserted(merchant: ServiceFixtures.merchant, at: ServiceFixtures.t0))
            try await deliver(ListingUpserted(listing: ServiceFixtures.listing(), at: ServiceFixtures.t0))
        }
    }

    deinit { directory.remove() }

    // MARK: - Streams

    /// Delivers one fact on the stream that carries it, as the next `seq`.
    /// - Throws: `HarnessError.deadLettered` with the handler's error if the event was dead-lettered.
    func deliver<Payload: EventPayload>(_ payload: Payload, at time: Date = ServiceFixtures.t0) async throws {
        let (stream, handler) = try route(Payload.eventType)
        let delivery = try feed.deliver(payload, on: stream, at: time, to: handler)
        guard case .applied(through: delivery.seq, let deadLettered) = delivery.outcome else {
            throw HarnessError.unexpected("\(delivery.outcome)")
        }
        if deadLettered > 0 {
            let letters = try await store.read { db in try DeadLetters.all(db) }
            throw HarnessError.deadLettered(
                letters.last { $0.stream == stream && $0.seq == delivery.seq }?.error ?? "")
        }
    }

    private func route(_ type: String) throws -> (String, any StreamHandler) {
        switch type.split(separator: ".").first {
        case "catalog", "stock", "listing": (StreamNames.inventory, service.catalogHandler)
        case "payment": (StreamNames.payments, service.paymentsHandler)
        case "fraud": (StreamNames.fraudHold, service.fraudHoldHandler)
        default: throw HarnessError.unexpected("no stream carries \(type)")
        }
    }

    /// Moves simulated domain time to `time`.
    func advance(to time: Date) async throws {
        try await store.write { db in try self.clock.advance(to: time, in: db) }
    }

    // MARK: - RPCs

    /// Calls `method` and decodes its result; a refusal throws it.
    func call<Result: Decodable>(_ method: String, _ params: some Encodable, as: Result.Type) async throws -> Result {
        let (ok, body) = await router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard ok else { throw try DomainTime.makeDecoder().decode(RPCErrorBody.self, from: body).error }
        return try DomainTime.makeDecoder().decode(Result.self, from: body)
    }

    /// The refusal `method` answers, or nil if it succeeded.
    func refusal(_ method: String, _ params: some Encodable) async throws -> RPCFailure? {
        let (ok, body) = await router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        return ok ? nil : try DomainTime.makeDecoder().decode(RPCErrorBody.self, from: body).error
    }

    /// Places `request` and returns the answer.
    func place(_ request: PlacementRequest = ServiceFixtures.request()) async throws -> OrderSummary {
        try await call("orders.place", request, as: OrderSummary.self)
    }

    func show(_ id: OrderID) async throws -> OrderDetail {
        try await call("orders.show", OrderReference(orderID: id), as: OrderDetail.self)
    }

    // MARK: - Rows

    /// The `orders` stream as stored: each event's type and body.
    func published() async throws -> [StoredEvent] {
        try await store.read { db in try OutboxLog.events(db, from: 1, limit: 10_000) }
    }

    /// The types of the events published about `id`, in order.
    func publishedTypes(of id: OrderID) async throws -> [String] {
        try await published().filter { event in
            String(decoding: event.body, as: UTF8.self).contains(#""correlation":"\#(id.rawValue)""#)
        }.map(\.type)
    }

    /// Every queued notification: its id and rendered message.
    func mails() async throws -> [QueuedMail] {
        try await store.read { db in
            try Row.fetchAll(db, sql: "SELECT id, message FROM mailOutbox ORDER BY seq").map { row in
                QueuedMail(id: row["id"], message: String(decoding: row["message"] as Data, as: UTF8.self))
            }
        }
    }

    /// How many rows `table` holds.
    func count(_ table: String) async throws -> Int {
        try await store.read { db in try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM \"\(table)\"") ?? 0 }
    }

    /// The rows of every table that placement writes, so that a refusal can be shown to store nothing.
    func placementRowCounts() async throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for table in ["order", "orderTimeline", "idempotencyKey", "unfulfilledOrder", "mailOutbox", "outboxEvent"] {
            counts[table] = try await count(table)
        }
        return counts
    }
}

/// A notification as the mail outbox holds it.
struct QueuedMail: Sendable {
    var id: String
    var message: String

    /// The body, decoded from quoted-printable.
    var body: String {
        guard let start = message.range(of: "\r\n\r\n") else { return "" }
        var bytes: [UInt8] = []
        var rest = Substring(message[start.upperBound...]).replacingOccurrences(of: "=\r\n", with: "").utf8[...]
        while let byte = rest.popFirst() {
            if byte == UInt8(ascii: "="), let hex = UInt8(String(decoding: rest.prefix(2), as: UTF8.self), radix: 16) {
                bytes.append(hex)
                rest = rest.dropFirst(2)
            } else {
                bytes.append(byte)
            }
        }
        return String(decoding: bytes, as: UTF8.self)
    }

    /// The value of header `name` as written (encoded-words left as they are).
    func header(_ name: String) -> String? {
        message.components(separatedBy: "\r\n").first { $0.hasPrefix("\(name): ") }.map {
            String($0.dropFirst(name.count + 2))
        }
    }
}

/// Something a test harness did not expect.
enum HarnessError: Error, Equatable {
    case unexpected(String)
    /// The handler failed; the event went to the dead-letter table with this error.
    case deadLettered(String)
}
