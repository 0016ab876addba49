import Contracts
import Foundation
import GRDB
import ServiceKit

/// The simulator's RPCs: the supplier connector Dispatch calls, and the controls tests and the demo use.
///
/// - `supplier.purchase_order` `PurchaseOrderRequest` → `PurchaseOrderReceipt`, after `latency_ms` of wall time;
///   `invalid_request` on `purchaseOrderID` (not `po_<order id>_<attempt>`), `orderID` (not the id's order),
///   `supplierID` (empty) or `quantity` (below 1).
/// - `supplier.cancel` `PurchaseOrderCancellation` → `PurchaseOrderCancellationReply` (`cancelled` or
///   `already_shipped`); `invalid_request` on `supplierID` when the purchase order went to another supplier.
/// - `simulator.suppliers.set` `SetSupplierBehaviourRequest` → `SupplierBehaviourEntry`; `invalid_request`
///   naming each faulty `behaviour.<field>`.
/// - `simulator.suppliers.list` `{}` → `SupplierBehaviourList`.
/// - `simulator.purchase_orders` `SimulatedPurchaseOrderListRequest` → `SimulatedPurchaseOrderList`;
///   `invalid_request` on `limit`.
/// - `simulator.carrier_behaviour.set` `SetCarrierBehaviourRequest` → `CarrierBehaviourEntry`; `invalid_request`
///   on `carrier` (empty) or naming each faulty `behaviour.<field>`.
/// - `simulator.carrier_behaviour.list` `{}` → `CarrierBehaviourList`.
///
/// The connector's calls are idempotent on the purchase order id and commit together under load (group commit).
struct SimulatorMethods: Sendable {
    let store: any DatabaseWriter
    let desk: SupplierDesk
    /// Commits the connector's calls together.
    let committer: GroupCommitWriter
    /// How long `supplier.purchase_order` waits before answering.
    let latency: Duration

    var router: RPCRouter {
        var router = RPCRouter()
        router.register("supplier.purchase_order", params: PurchaseOrderRequest.self) { request in
            try Self.validate(request)
            // The supplier's API takes its time, outside any transaction.
            if latency > .zero { try await Task.sleep(for: latency) }
            return try await committer.write { db in try desk.receive(request, in: db) }
        }
        router.register("supplier.cancel", params: PurchaseOrderCancellation.self) { cancellation in
            _ = try Self.text(cancellation.purchaseOrderID.rawValue, field: "purchaseOrderID")
            return try await committer.write { db in try desk.cancel(cancellation, in: db) }
        }
        router.register("simulator.suppliers.set", params: SetSupplierBehaviourRequest.self) { request in
            try await setBehaviour(request)
        }
        router.register("simulator.suppliers.list", params: Empty.self) { _ in
            let set = try await store.read { db in try SupplierBehaviourRecords.all(in: db) }
            return SupplierBehaviourList(
                defaults: desk.settings.behaviour,
                suppliers: set.map { SupplierBehaviourEntry(supplierID: $0.0, behaviour: $0.1, isOverridden: true) })
        }
        router.register("simulator.purchase_orders", params: SimulatedPurchaseOrderListRequest.self) { request in
            try await purchaseOrders(request)
        }
        registerCarrierBehaviour(in: &router)
        return router
    }

    /// `simulator.suppliers.set`: the change applied to the defaults as they are now, or the defaults again.
    private func setBehaviour(_ request: SetSupplierBehaviourRequest) async throws -> SupplierBehaviourEntry {
        let supplierID = SupplierID(rawValue: try Self.text(request.supplierID.rawValue, field: "supplierID"))
        let defaults = desk.settings.behaviour
        return try await store.write { db in
            guard let change = request.behaviour else {
                try SupplierBehaviourRecords.remove(of: supplierID, in: db)
                return SupplierBehaviourEntry(supplierID: supplierID, behaviour: defaults, isOverridden: false)
            }
            let behaviour = change.applied(to: defaults)
            try Self.refuse(faults: behaviour.faults)
            try SupplierBehaviourRecords.set(behaviour, of: supplierID, in: db)
            return SupplierBehaviourEntry(supplierID: supplierID, behaviour: behaviour, isOverridden: true)
        }
    }

    /// Refuses a behaviour whose rates break its rules, each fault on its field under `behaviour.`.
    static func refuse(faults: [FieldError]) throws {
        guard faults.isEmpty else {
            throw RPCFailure.invalidFields(faults.map { FieldError(field: "behaviour.\($0.field)", reason: $0.reason) })
        }
    }

    /// `simulator.purchase_orders`: one page, with its calls and the counts over every page.
    private func purchaseOrders(_ request: SimulatedPurchaseOrderListRequest) async throws
        -> SimulatedPurchaseOrderList
    {
        let limit = request.limit ?? 100
        guard (1...1000).contains(limit) else {
            throw RPCFailure.invalidRequest("must be from 1 to 1000", field: "limit")
        }
        return try await store.read { db in
            let orders = try PurchaseOrderRecords.page(
                supplierID: request.supplierID, after: request.after, limit: limit, in: db)
            let calls = try OutgoingCallRecords.history(of: orders.map(\.purchaseOrderID), in: db)
            return SimulatedPurchaseOrderList(
                counts: try PurchaseOrderRecords.stateCounts(supplierID: request.supplierID, in: db),
                purchaseOrders: orders.map {
                    SimulatedPurchaseOrderView(
                        purchaseOrder: $0, calls: calls[$0.purchaseOrderID] ?? [])
                },
                next: orders.count == limit ? orders.last?.purchaseOrderID : nil)
        }
    }

    /// A purchase order the simulator can answer: its id names its order, so its dispatch partition.
    private static func validate(_ request: PurchaseOrderRequest) throws {
        guard let orderID = DispatchPartitioning.orderID(of: request.purchaseOrderID) else {
            throw RPCFailure.invalidRequest("must be po_<order id>_<attempt>", field: "purchaseOrderID")
        }
        guard orderID == request.orderID else {
            throw RPCFailure.invalidRequest("must be the order \(request.purchaseOrderID) names", field: "orderID")
        }
        _ = try text(request.supplierID.rawValue, field: "supplierID")
        guard request.quantity >= 1 else { throw RPCFailure.invalidRequest("must be at least 1", field: "quantity") }
    }

    /// `value` without surrounding white space, or `invalid_request` on `field` when nothing is left.
    static func text(_ value: String, field: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw RPCFailure.invalidRequest("must not be empty", field: field) }
        return trimmed
    }
}
