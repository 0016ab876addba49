import Contracts
import Foundation
import ServiceKit
import Simulator
import TestSupport

/// A simulator on the shared harness: a real store in a temporary folder, simulated time through the clock and
/// the durable timers, RPCs through the router, the `tracking` stream through its handler, and answers to Dispatch
/// and scans to Tracking through the sender, a `FakeDispatch` and a `FakeTracking`. No sockets.
typealias SimulatorHarness = ServiceHarness<SimulatorService>

/// A purchase order `simulator.purchase_orders` does not list.
struct NotListed: Error, CustomStringConvertible {
    var id: PurchaseOrderID
    var description: String { "\(id) is not listed" }
}

extension ServiceHarness where Service == SimulatorService {
    /// A fresh simulator at `Fixtures.t0`, answering a new `FakeDispatch` and `FakeTracking`; `reopened()` gives
    /// the restarted process new ones too, as a new process has new connections.
    convenience init(settings: SimulatorSettings = Fixtures.settings()) throws {
        try self.init(stream: "simulator", start: Fixtures.t0, migrations: SimulatorStore.migrate) { parts in
            SimulatorService(parts: parts, settings: settings, dispatch: FakeDispatch(), tracking: FakeTracking())
        }
    }

    /// The stand-in tracking service this simulator's carriers report to.
    var tracking: FakeTracking {
        guard let fake = service.tracking as? FakeTracking else {
            preconditionFailure("a simulator harness reports to a FakeTracking")
        }
        return fake
    }

    /// The stand-in dispatch partitions this simulator answers.
    var dispatch: FakeDispatch {
        guard let fake = service.dispatch as? FakeDispatch else {
            preconditionFailure("a simulator harness answers a FakeDispatch")
        }
        return fake
    }

    /// One pass of the sender; returns how many calls were settled.
    @discardableResult
    func send() async throws -> Int {
        try await service.sender.sendPending()
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

    /// `simulator.suppliers.set` with a change, or nil for the defaults.
    @discardableResult
    func setBehaviour(_ supplier: SupplierID, _ change: SupplierBehaviourChange?) async throws -> SupplierBehaviourEntry
    {
        try await call(
            "simulator.suppliers.set", SetSupplierBehaviourRequest(supplierID: supplier, behaviour: change),
            as: SupplierBehaviourEntry.self)
    }

    /// Every purchase order as `simulator.purchase_orders` lists it.
    func list() async throws -> SimulatedPurchaseOrderList {
        try await call(
            "simulator.purchase_orders", SimulatedPurchaseOrderListRequest(limit: 1000),
            as: SimulatedPurchaseOrderList.self)
    }

    /// One purchase order as listed.
    /// - Throws: `NotListed` when it is not.
    func view(_ id: PurchaseOrderID) async throws -> SimulatedPurchaseOrderView {
        guard let view = try await list().purchaseOrders.first(where: { $0.purchaseOrder.purchaseOrderID == id }) else {
            throw NotListed(id: id)
        }
        return view
    }
}
