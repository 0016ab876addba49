import Contracts
import Foundation
import GRDB
import Logging
import Payments
import ServiceKit
import Streams
import TestSupport

/// A payments service on a real SQLite file in a temporary folder, driven without sockets: `orders` events go
/// through `BatchApplier` (effects, outbox rows and checkpoint in one transaction), simulated time moves as the
/// clock stream moves it (timers fire in that transaction), RPCs go through the router, facts come from the outbox.
final class ServiceHarness {
    static let ordersEpoch = "orders-epoch"
    let directory: TemporaryDirectory
    let settings: PaymentsSettings
    let outbox = Outbox(stream: StreamNames.payments, epoch: "payments-epoch", maxBodyBytes: 1 << 20)
    private(set) var pool: DatabasePool
    private(set) var clock: DomainClock
    private(set) var service: PaymentsService
    /// Every `orders` event applied so far, by `seq - 1`.
    private(set) var applied: [StoredEvent] = []

    var path: String { directory.file("state/payments.sqlite") }

    /// - Parameter prepare: Called with the store's path before the service opens it, to leave an older store there.
    init(settings: PaymentsSettings = PaymentsSettings(), prepare: (String) throws -> Void = { _ in }) throws {
        directory = try TemporaryDirectory()
        self.settings = settings
        try prepare(directory.file("state/payments.sqlite"))
        pool = try StoreSetup.open(path: directory.file("state/payments.sqlite"), migrations: PaymentsStore.migrate)
        clock = DomainClock(mode: .simulated(start: Fixtures.t0), stored: nil)
        service = PaymentsService(store: pool, outbox: outbox, clock: clock, settings: settings)
    }

    /// Deletes the temporary folder and the store in it.
    func remove() {
        directory.remove()
    }

    /// Closes the store and opens it again with a new service, as a restarted process would.
    func restart() throws {
        try pool.close()
        pool = try StoreSetup.open(path: path, migrations: PaymentsStore.migrate)
        clock = DomainClock(
            mode: .simulated(start: Fixtures.t0), stored: try pool.read { try DomainClockSchema.stored($0) })
        service = PaymentsService(store: pool, outbox: outbox, clock: clock, settings: settings)
    }

    // MARK: - Inputs

    /// Applies `fact` as the next event of the `orders` stream, at the fact's time; returns the envelope id.
    @discardableResult
    func apply<Fact: OrdersFact>(_ fact: Fact) throws -> String {
        let seq = UInt64(applied.count + 1)
        let envelope = Envelope(
            stream: StreamNames.orders, epoch: Self.ordersEpoch, seq: seq, id: "orders-\(seq)", type: Fact.eventType,
            at: fact.at, correlation: fact.orderID.rawValue, data: fact)
        let stored = StoredEvent(seq: seq, type: Fact.eventType, body: try DomainTime.makeEncoder().encode(envelope))
        let applier = BatchApplier(
            stream: StreamNames.orders, writer: pool, handler: service.ordersHandler, maxBodyBytes: 1 << 20)
        _ = try applier.apply([stored], epoch: Self.ordersEpoch, expected: seq - 1)
        applied.append(stored)
        return envelope.id
    }

    /// Hands the already applied event `seq` to the handler once more, in a transaction of its own: a
    /// redelivery that the checkpoint did not catch.
    func redeliver(seq: UInt64) throws {
        let event = IncomingEvent(stream: StreamNames.orders, epoch: Self.ordersEpoch, stored: applied[Int(seq) - 1])
        try pool.write { db in try service.ordersHandler.apply(event, in: db) }
    }

    /// Moves simulated time to `time` and fires the timers due by then, in one transaction, as the clock stream does.
    func advance(to time: Date) throws {
        try pool.write { db in
            try clock.advance(to: time, in: db)
            try DurableTimers.fireDue(at: time, in: db, handler: service.timers)
        }
    }

    /// Fires each pending timer at its own due time, one after the other, until none is due by `limit`;
    /// returns the due times fired.
    func fireTimersInTurn(until limit: Date) throws -> [Date] {
        var fired: [Date] = []
        while let due = try pool.read({ try DurableTimers.nextDue(in: $0) }), due <= limit {
            try pool.write { db in _ = try DurableTimers.fireDue(at: due, in: db, handler: service.timers) }
            fired.append(due)
        }
        return fired
    }

    /// Calls an RPC method with a JSON body.
    func call(_ method: String, _ json: String) async -> (ok: Bool, body: Data) {
        await service.router.handle(method: method, body: Data(json.utf8), logger: Logger(label: "payments-test"))
    }

    // MARK: - Reads

    /// The order's authorisation as stored.
    func authorisation(_ orderID: OrderID) throws -> Authorisation? {
        try pool.read { try Authorisation.fetchOne($0, key: orderID.rawValue) }
    }

    /// The types of every event published so far, in `seq` order.
    func publishedTypes() throws -> [String] {
        try pool.read { try OutboxLog.events($0, from: 1, limit: 10_000) }.map(\.type)
    }

    /// The published events of one type, decoded.
    func published<Payload: EventPayload>(_ type: Payload.Type) throws -> [Envelope<Payload>] {
        let decoder = DomainTime.makeDecoder()
        return try pool.read { try OutboxLog.events($0, from: 1, limit: 10_000) }
            .filter { $0.type == Payload.eventType }
            .map { try decoder.decode(Envelope<Payload>.self, from: $0.body) }
    }

    /// The timers still pending.
    func pendingTimers() throws -> [DurableTimer] {
        try pool.read { try DurableTimers.pending(in: $0) }
    }

    /// The number of dead-lettered events.
    func deadLetterCount() throws -> Int {
        try pool.read { try DeadLetters.count($0) }
    }

    /// The dead letters' errors, in order.
    func deadLetterErrors() throws -> [String] {
        try pool.read { try DeadLetters.all($0) }.map(\.error)
    }
}

/// An `orders` event as the harness publishes it: its envelope carries the fact's order and time.
protocol OrdersFact: EventPayload {
    var orderID: OrderID { get }
    var at: Date { get }
}

extension OrderPlaced: OrdersFact {}
extension OrderCancelled: OrdersFact {}
extension OrderReleased: OrdersFact {}
extension OrderDeclined: OrdersFact {}
extension OrderHeld: OrdersFact {}
extension OrderRefunded: OrdersFact {}

extension Fixtures {
    /// `order.placed` for `order` at `time`, paying `total` with `token`.
    static func placed(
        _ order: OrderID = "o-1", token: String? = "tok_visa", total: Money = usd(100_00), at time: Date = t0
    ) -> OrderPlaced {
        OrderPlaced(
            orderID: order, merchantID: "m-1", listingID: "l-1", sku: "SKU-1", quantity: 1, unitPrice: total,
            total: total, customerName: "Ada Lovelace", customerEmail: "ada@example.com",
            shippingAddress: Address(name: "Ada Lovelace", line1: "1 Main St", city: "Springfield", country: "US"),
            paymentToken: token, at: time)
    }

    /// `order.cancelled`, by default by the customer.
    static func cancelled(
        _ order: OrderID = "o-1", cause: TransitionCause = .customerCancelled, at time: Date = t0
    ) -> OrderCancelled {
        OrderCancelled(orderID: order, cause: cause, at: time)
    }

    /// `order.refunded` after release, when no supplier could ship (R6).
    static func refunded(_ order: OrderID = "o-1", at time: Date = minutes(600)) -> OrderRefunded {
        OrderRefunded(orderID: order, cause: .dispatchAbandoned, at: time)
    }

    /// `order.released` at the end of the hold.
    static func released(_ order: OrderID = "o-1", at time: Date = minutes(480)) -> OrderReleased {
        let placed = placed(order)
        return OrderReleased(
            orderID: order, cause: .holdEnded,
            unfulfilled: UnfulfilledOrder(
                orderID: order, merchantID: placed.merchantID, listingID: placed.listingID, sku: placed.sku,
                quantity: placed.quantity, customerName: placed.customerName, shippingAddress: placed.shippingAddress,
                releasedAt: time),
            at: time)
    }
}
