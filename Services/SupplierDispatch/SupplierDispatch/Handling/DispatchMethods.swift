import Contracts
import Foundation
import GRDB
import ServiceKit

/// A partition's RPCs (docs/architecture.md §2 "supplier acknowledge / ship / reject, PO list"):
///
/// - suppliers: `purchase_orders.acknowledge`, `purchase_orders.ship`, `purchase_orders.reject` (R7), each
///   idempotent on the purchase order id;
/// - merchants and operators: `dispatch.show`, `dispatch.list`, `dispatch.retry` (an exhausted order, after its
///   suppliers changed), `dispatch.report_problem` (R15), `dispatch.documents` (a purchase order's documents as
///   sent, R6, R9), `dispatch.scorecards` (R7).
///
/// Refusals: `invalid_request` naming the field; `not_found` for an order or purchase order this partition does
/// not own; `forbidden` on `supplierID` for a supplier's report about a purchase order sent to another supplier;
/// `conflict` for an input its dispatch's state forbids (a ship report before the acknowledgement, unless the
/// supplier's offer allows it); `unavailable` (retry) for a supplier's report about a purchase order whose delivery
/// is still being recorded.
struct DispatchMethods: Sendable {
    static let maximumListLimit = 500

    let store: any DatabaseWriter
    let desk: JobDesk
    let clock: DomainClock
    let partition: String
    /// R9: the carriers a ship report may name.
    let carriers: CarrierCatalogue

    var router: RPCRouter {
        var router = RPCRouter()
        router.register("purchase_orders.acknowledge", params: AcknowledgePurchaseOrder.self) { request in
            try await supplierReport(request.purchaseOrderID, by: request.supplierID, at: request.at) { job, now in
                try job.acknowledge(request.purchaseOrderID, at: now)
            }
        }
        router.register("purchase_orders.ship", params: ShipPurchaseOrder.self) { request in
            let (carrier, trackingNumber) = try Self.checkShipment(request, carriers: carriers)
            return try await supplierReport(request.purchaseOrderID, by: request.supplierID, at: request.at) {
                job, now in
                try job.ship(request.purchaseOrderID, carrier: carrier, trackingNumber: trackingNumber, at: now)
            }
        }
        router.register("purchase_orders.reject", params: RejectPurchaseOrder.self) { request in
            guard let reason = SupplierRejection(rawValue: request.reason.rawValue) else {
                throw RPCFailure.invalidRequest("must be rejected or out_of_stock", field: "reason")
            }
            return try await supplierReport(request.purchaseOrderID, by: request.supplierID, at: request.at) {
                job, now in
                try job.reject(request.purchaseOrderID, reason: reason, detail: request.detail, at: now)
            }
        }
        router.register("dispatch.show", params: DispatchReference.self) { request in
            guard let job = try await store.read({ try DispatchJobRecords.job(request.orderID, in: $0) }) else {
                throw notFound(request.orderID)
            }
            return DispatchJobView(job)
        }
        router.register("dispatch.list", params: DispatchListRequest.self) { request in try await list(request) }
        router.register("dispatch.retry", params: DispatchReference.self) { request in
            try await change(request.orderID) { job, db, _ in
                let listing = try CatalogueRecords.listing(job.order.listingID, in: db)
                let offers = listing?.variations.first { $0.sku == job.order.sku }?.suppliers ?? job.offers
                return try job.retry(offers: offers)
            }
        }
        router.register("dispatch.report_problem", params: ProblemReport.self) { request in
            try await change(request.orderID) { job, _, now in
                guard let shipped = job.closedPurchaseOrders.last(where: { $0.closure == .shipped }) else {
                    throw RPCFailure(
                        code: "conflict", message: "Order \(request.orderID) has not shipped.", field: "orderID")
                }
                return try job.reportProblem(shipped.id, problem: request.problem, reship: request.reship, at: now)
            }
        }
        router.register("dispatch.documents", params: PurchaseOrderDocumentsRequest.self) { request in
            guard let orderID = DispatchPartitioning.orderID(of: request.purchaseOrderID) else {
                throw RPCFailure.invalidRequest("is not a Dropline purchase order id", field: "purchaseOrderID")
            }
            let documents = try await store.read { db in
                try PurchaseOrderDocumentRecords.documents(of: request.purchaseOrderID, in: db)
            }
            guard !documents.isEmpty else {
                throw RPCFailure(
                    code: "not_found",
                    message: "No purchase order \(request.purchaseOrderID) of order \(orderID) here.",
                    field: "purchaseOrderID")
            }
            return PurchaseOrderDocumentList(purchaseOrderID: request.purchaseOrderID, documents: documents)
        }
        router.register("dispatch.scorecards", params: Empty.self) { _ in
            let cards = try await store.read { try ScorecardRecords.all(in: $0) }
            return ScorecardList(
                partition: partition,
                scorecards: Dictionary(uniqueKeysWithValues: cards.map { ($0.key.rawValue, $0.value) })
            )
        }
        return router
    }

    /// A supplier's report about one of its purchase orders, made at `at` in the supplier's domain time (applied no
    /// earlier, with simulated time). Taken only from `supplier`, the supplier that holds the purchase order
    /// (`forbidden` on `supplierID` otherwise, nothing changed).
    private func supplierReport(
        _ purchaseOrder: PurchaseOrderID, by supplier: SupplierID, at: Date?,
        _ input: @escaping @Sendable (inout DispatchJob, Date) throws -> [DispatchEffect]
    ) async throws -> DispatchPurchaseOrderView {
        guard let orderID = DispatchPartitioning.orderID(of: purchaseOrder) else {
            throw RPCFailure.invalidRequest("is not a Dropline purchase order id", field: "purchaseOrderID")
        }
        let job = try await apply(orderID, field: "purchaseOrderID", after: at) { job, _, now in
            try job.requireHolder(purchaseOrder, is: supplier)
            if case .sending(let record) = job.state, record.id == purchaseOrder {
                // The connector call is still being settled: the supplier answered faster than we committed.
                throw RPCFailure(
                    code: "unavailable", message: "Purchase order \(purchaseOrder) is still being delivered; retry.",
                    field: "purchaseOrderID")
            }
            return try input(&job, now)
        }
        guard let record = job.purchaseOrder(purchaseOrder) else {
            throw RPCFailure(
                code: "not_found", message: "No purchase order \(purchaseOrder).", field: "purchaseOrderID")
        }
        return DispatchPurchaseOrderView(record, isOpen: job.state.openPurchaseOrder?.id == purchaseOrder)
    }

    /// Applies an input to the order's job in one transaction at the partition's domain time; domain refusals
    /// become `conflict` (or `not_found` for a purchase order that is not the order's, `forbidden` on `supplierID`
    /// for a supplier that does not hold it).
    private func change(
        _ orderID: OrderID, _ input: @escaping @Sendable (inout DispatchJob, Database, Date) throws -> [DispatchEffect]
    ) async throws -> DispatchJobView {
        DispatchJobView(try await apply(orderID, field: "orderID", input))
    }

    private func apply(
        _ orderID: OrderID, field: String, after cause: Date? = nil,
        _ input: @escaping @Sendable (inout DispatchJob, Database, Date) throws -> [DispatchEffect]
    ) async throws -> DispatchJob {
        try await store.write { db in
            do {
                return try clock.stamping(after: cause, in: db) {
                    let now = DomainTime.rounded(try clock.now(in: db))
                    return try desk.change(orderID, causation: nil, at: now, in: db) { job in try input(&job, db, now) }
                }
            } catch DispatchHandlingError.unknownOrder {
                throw notFound(orderID, field: field)
            } catch let refusal as DispatchError {
                let (code, faulty) =
                    switch refusal {
                    case .unknownPurchaseOrder: ("not_found", field)
                    case .notHeld: ("forbidden", "supplierID")
                    default: ("conflict", field)
                    }
                throw RPCFailure(code: code, message: refusal.description, field: faulty)
            }
        }
    }

    private func list(_ request: DispatchListRequest) async throws -> DispatchJobList {
        let limit = request.limit ?? 50
        guard (1...Self.maximumListLimit).contains(limit) else {
            throw RPCFailure.invalidRequest("must be between 1 and \(Self.maximumListLimit)", field: "limit")
        }
        let status = try request.status.map { name in
            guard let known = DispatchStatus(rawValue: name) else {
                let names = DispatchStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw RPCFailure.invalidRequest("must be one of \(names)", field: "status")
            }
            return known
        }
        return try await store.read { db in
            DispatchJobList(
                partition: partition, counts: try DispatchJobRecords.counts(in: db),
                jobs: try DispatchJobRecords.jobs(status: status, limit: limit, in: db).map(DispatchJobView.init),
                pendingConnectorCalls: try ConnectorCallRecords.pendingCount(in: db))
        }
    }

    /// R9: a carrier of the mesh config's catalogue (named in any case, or by one of its service levels' full
    /// names) and a tracking number valid for it (`TrackingNumberVerdict`: format, check digit, posting country),
    /// with spaces removed and letters in upper case; returns the carrier's own name and the number. A number valid
    /// only for another carrier is refused on `trackingNumber` saying whose it looks like.
    static func checkShipment(
        _ request: ShipPurchaseOrder, carriers: CarrierCatalogue
    ) throws -> (carrier: String, trackingNumber: String) {
        guard request.carrier.utf8.count <= 100 else {
            throw RPCFailure.invalidRequest("must be at most 100 characters", field: "carrier")
        }
        guard request.trackingNumber.utf8.count <= 100 else {
            throw RPCFailure.invalidRequest("must be at most 100 characters", field: "trackingNumber")
        }
        let verdict = TrackingNumberVerdict(request.trackingNumber, carrier: request.carrier, in: carriers)
        if let refusal = verdict.refusal {
            throw RPCFailure.invalidRequest(refusal.reason, field: refusal.field)
        }
        guard let carrier = verdict.matches.first?.carrier else {
            throw RPCFailure.invalidRequest("must be one of \(carriers.names)", field: "carrier")
        }
        return (carrier, verdict.number)
    }

    private func notFound(_ orderID: OrderID, field: String = "orderID") -> RPCFailure {
        RPCFailure(code: "not_found", message: "No dispatch of order \(orderID) in \(partition).", field: field)
    }
}
