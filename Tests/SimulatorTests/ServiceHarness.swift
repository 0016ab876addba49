import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Simulator
import Streams
import TestSupport

/// A simulator on a real SQLite file in a temporary folder, driven like the host drives it: simulated time through
/// the clock and the durable timers, RPCs through the router, answers to Dispatch through the sender and a
/// `FakeDispatch`. No sockets.
final class ServiceHarness {
    /// Why a harness step failed.
    struct Failure: Error, CustomStringConvertible {
        var description: String
    }

    let directory: TemporaryDirectory
    let store: DatabasePool
    let clock: DomainClock
    let dispatch: FakeDispatch
    let service: SimulatorService
    private let ownsDirectory: Bool
    private let logger = Logger(label: "simulator-test")

    /// A fresh simulator, or (with `reopening`) a new process over another harness's store, resuming at its
    /// stored domain time.
    init(settings: SimulatorSettings = Fixtures.settings(), reopening other: ServiceHarness? = nil) throws {
        directory = try other?.directory ?? TemporaryDirectory()
        ownsDirectory = other == nil
        store = try StoreSetup.open(path: directory.file("simulator.sqlite"), migrations: SimulatorStore.migrate)
        let stored = try store.read { try DomainClockSchema.stored($0) }
        clock = DomainClock(mode: .simulated(start: Fixtures.t0), stored: stored)
        dispatch = FakeDispatch()
        service = SimulatorService(
            store: store, outbox: Outbox(stream: "simulator", epoch: "simulator-epoch", maxBodyBytes: 1 << 20),
            clock: clock, settings: settings, dispatch: dispatch, logger: logger)
    }

    deinit {
        if ownsDirectory { directory.remove() }
    }

    // MARK: - Time and calls

    /// Moves simulated time to `time` and fires the due timers in the same transaction, as the clock stream does.
    func advance(to time: Date) throws {
        try store.write { db in
            try clock.advance(to: time, in: db)
            try DurableTimers.fireDue(at: time, in: db, handler: service.timers)
        }
    }

    /// One pass of the sender; returns how many calls were settled.
    @discardableResult
    func send() async throws -> Int {
        try await service.sender.sendPending()
    }

    // MARK: - RPCs

    /// Calls `method` and decodes its result; a refusal fails the step.
    func call<Result: Decodable>(_ method: String, _ params: some Encodable, as _: Result.Type) async throws -> Result {
        let (ok, body) = await service.router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard ok else { throw Failure(description: "\(method) refused: \(String(decoding: body, as: UTF8.self))") }
        return try DomainTime.makeDecoder().decode(Result.self, from: body)
    }

    /// Calls `method` with `params` and returns its refusal; a success fails the step.
    func refusal(_ method: String, _ params: some Encodable) async throws -> RPCFailure {
        let (ok, body) = await service.router.handle(
            method: method, body: try DomainTime.makeEncoder().encode(params), logger: logger)
        guard !ok else { throw Failure(description: "\(method) succeeded: \(String(decoding: body, as: UTF8.self))") }
        return try JSONDecoder().decode(RPCErrorBody.self, from: body).error
    }

    /// `supplier.purchase_order`.
    @discardableResult
    func receive(_ request: PurchaseOrderRequest) async throws -> PurchaseOrderReceipt {
        try await call("supplier.purchase_order", request, as: PurchaseOrderReceipt.self)
    }

    /// `supplier.cancel`; returns the outcome.
    func cancel(_ purchaseOrderID: PurchaseOrderID, supplier: SupplierID = "sup_a") async throws -> String {
        try await call(
            "supplier.cancel", PurchaseOrderCancellation(purchaseOrderID: purchaseOrderID, supplierID: supplier),
            as: PurchaseOrderCancellationReply.self
        ).outcome
    }

    /// `simulator.suppliers.set` with a change.
    @discardableResult
    func setBehaviour(_ supplier: SupplierID, _ change: SupplierBehaviourChange?) async throws -> SupplierBehaviourEntry
    {
        try await call(
            "simulator.suppliers.set", SetSupplierBehaviourRequest(supplierID: supplier, behaviour: change),
            as: SupplierBehaviourEntry.self)
    }

    /// Every purchase order as `simulator.purchase_orders` lists it.
    func list() async throws -> PurchaseOrderList {
        try await call("simulator.purchase_orders", PurchaseOrderListRequest(limit: 1000), as: PurchaseOrderList.self)
    }

    /// One purchase order as listed.
    func view(_ id: PurchaseOrderID) async throws -> PurchaseOrderView {
        guard let view = try await list().purchaseOrders.first(where: { $0.purchaseOrder.purchaseOrderID == id }) else {
            throw Failure(description: "\(id) is not listed")
        }
        return view
    }

    // MARK: - Outbox and timers

    /// The types of every published event, in order.
    func publishedTypes() throws -> [String] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 10_000) }.map(\.type)
    }

    /// The published events of one type, decoded.
    func published<Payload: EventPayload>(_: Payload.Type) throws -> [Payload] {
        try store.read { try OutboxLog.events($0, from: 1, limit: 10_000) }.filter { $0.type == Payload.eventType }
            .map { try DomainTime.makeDecoder().decode(Envelope<Payload>.self, from: $0.body).data }
    }

    /// Pending durable timers.
    func pendingTimers() throws -> [DurableTimer] {
        try store.read { try DurableTimers.pending(in: $0) }
    }
}
