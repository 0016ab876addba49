import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams
import TestSupport

@testable import SupplierDispatch

/// One dispatch partition on a real SQLite file in a temporary folder, driven as its host drives it: events
/// through `BatchApplier` with the real checkpoint, simulated time through the clock and durable timers, RPCs
/// through the router, and the supplier connector's answers through `ConnectorAnswers`. No sockets.
final class PartitionHarness {
    /// Why a harness step failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    /// One partition owns every order, so that tests may use any order id.
    static let partitioning = DispatchPartitioning(count: 1)

    let directory: TemporaryDirectory
    let store: DatabasePool
    let clock: DomainClock
    let partition: DispatchPartition
    let answers: ConnectorAnswers
    private let feed: StreamFeed
    private let logger = Logger(label: "dispatch-test")

    init(settings: DispatchSettings = DispatchSettings()) throws {
        directory = try TemporaryDirectory()
        store = try StoreSetup.open(path: directory.file("dispatch.p0.sqlite"), migrations: DispatchStore.migrate)
        clock = DomainClock(mode: .simulated(start: Self.t0), stored: nil)
        let outbox = Outbox(stream: "dispatch.p0", epoch: "dispatch-epoch", maxBodyBytes: 1 << 22)
        partition = DispatchPartition(
            store: store, outbox: outbox, clock: clock, settings: settings, partitioning: Self.partitioning, index: 0)
        answers = ConnectorAnswers(store: store, desk: partition.desk, clock: clock)
        feed = StreamFeed(writer: store)
    }

    deinit {
        directory.remove()
    }

    static func t(hours: Double) -> Date { t0.addingTimeInterval(hours * 3600) }

    // MARK: - Streams

    /// Publishes `payload` as the next event of `orders` or `inventory` and applies it with the checkpoint; a dead
    /// letter fails the step.
    func deliver<Payload: EventPayload>(_ payload: Payload, on stream: String) throws {
        let handler: any StreamHandler =
            stream == StreamNames.orders ? partition.ordersHandler : partition.inventoryHandler
        try feed.deliverApplied(payload, on: stream, at: clock.now(), to: handler)
    }

    /// Moves simulated time to `time` and fires the due timers in the same transaction.
    func advance(to time: Date) throws {
        try store.write { db in
            try clock.advance(to: time, in: db)
            try DurableTimers.fireDue(at: time, in: db, handler: partition.timers)
        }
    }

    // MARK: - Supplier connector

    /// The connector calls waiting to be made, the first of each order, with their bodies.
    func pendingCalls() throws -> [ConnectorCall] {
        try store.read { db in
            try ConnectorCallRecords.next(limit: 100, skipping: [], in: db).map { call in
                ConnectorCall(
                    id: call.id, orderID: call.orderID, kind: call.kind, purchaseOrderID: call.purchaseOrderID,
                    body: try ConnectorCallRecords.body(of: call, in: db))
            }
        }
    }

    /// Answers the next pending call as the connector would: a receipt for a purchase order, `outcome` for a
    /// cancellation; returns the call.
    @discardableResult
    func answerNextCall(outcome: WithdrawalOutcome = .cancelled) async throws -> ConnectorCall {
        guard let call = try pendingCalls().first else { throw Failure(description: "no connector call pending") }
        let body: Data =
            switch call.kind {
            case .purchaseOrder:
                try JSONCoding.encoder.encode(
                    PurchaseOrderReceipt(purchaseOrderID: call.purchaseOrderID, supplierReference: nil))
            case .cancel:
                try JSONCoding.encoder.encode(PurchaseOrderCancellationReply(outcome: outcome.rawValue))
            }
        try await answers.settle(call, answer: .success(body))
        return call
    }

    /// The purchase order request of a pending call.
    func request(of call: ConnectorCall) throws -> PurchaseOrderRequest {
        try JSONCoding.decoder.decode(PurchaseOrderRequest.self, from: call.body)
    }

    // MARK: - Outbox and RPCs

    /// The published events of one type, decoded, in order.
    func published<Payload: EventPayload>(_: Payload.Type) throws -> [Payload] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 10_000) }.filter { $0.type == Payload.eventType }
            .map { try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: $0.body).data }
    }

    /// The types of every published event, in order.
    func publishedTypes() throws -> [String] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 10_000) }.map(\.type)
    }

    /// Calls `method` and decodes its result; a refusal fails the step.
    func call<Result: Decodable>(_ method: String, _ params: some Encodable, as _: Result.Type) async throws -> Result {
        let (ok, body) = await partition.router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard ok else { throw Failure(description: "\(method) refused: \(String(decoding: body, as: UTF8.self))") }
        return try DomainTime.makeDecoder().decode(Result.self, from: body)
    }

    /// Calls `method` and returns its refusal; a success fails the step.
    func refusal(_ method: String, _ params: some Encodable) async throws -> RPCFailure {
        let (ok, body) = await partition.router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard !ok else { throw Failure(description: "\(method) succeeded: \(String(decoding: body, as: UTF8.self))") }
        return try JSONDecoder().decode(ErrorBody.self, from: body).error
    }

    /// The order's dispatch.
    func show(_ orderID: OrderID) async throws -> DispatchJobView {
        try await call("dispatch.show", DispatchReference(orderID: orderID), as: DispatchJobView.self)
    }

    private struct ErrorBody: Decodable {
        var error: RPCFailure
    }
}
