import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// The orders service's RPCs. Each checks its request (a refusal is an `RPCFailure` naming the field), calls the
/// desk in one write or reads the records, and answers with a contract type.
///
/// - `orders.place` `PlacementRequest` → `OrderSummary` (`OrdersMethods+Placement.swift`).
/// - `orders.cancel` `OrderCancellationRequest` → `OrderSummary`; `not_found` or `conflict` on `orderID`.
/// - `orders.confirm_delivery` `OrderReference` → `OrderSummary`; `not_found` or `conflict` on `orderID` (R11).
/// - `orders.show` `OrderReference` → `OrderDetail`; `not_found` on `orderID`.
/// - `orders.list` `OrderListRequest` → `OrderList`, a page with the filter's `total` and `nextCursor`;
///   `invalid_request` on `status`, `limit` or `after`.
/// - `orders.unfulfilled` `UnfulfilledRequest` → `UnfulfilledQueueView`; `invalid_request` on `merchantID` or
///   `limit`.
struct OrdersMethods: Sendable {
    let store: any DatabaseWriter
    /// Concurrent placements commit together (one fsync per batch).
    let committer: GroupCommitWriter
    let clock: DomainClock
    let reserver: any StockReserver
    let settings: OrdersSettings
    let ids: OrderIDGenerator
    let desk: OrderDesk
    let logger: Logger
    let validator = PlacementValidator()

    init(
        store: any DatabaseWriter, clock: DomainClock, reserver: any StockReserver, settings: OrdersSettings,
        desk: OrderDesk, logger: Logger
    ) {
        self.store = store
        self.committer = GroupCommitWriter(writer: store)
        self.clock = clock
        self.reserver = reserver
        self.settings = settings
        self.ids = OrderIDGenerator()
        self.desk = desk
        self.logger = logger
    }

    /// The methods, registered by name.
    var router: RPCRouter {
        var router = RPCRouter()
        router.register("orders.place", params: PlacementRequest.self) { request in
            try await place(request)
        }
        router.register("orders.cancel", params: OrderCancellationRequest.self) { request in
            try await cancel(request)
        }
        router.register("orders.confirm_delivery", params: OrderReference.self) { reference in
            try await confirmDelivery(reference)
        }
        router.register("orders.show", params: OrderReference.self) { reference in
            try await show(reference)
        }
        router.register("orders.list", params: OrderListRequest.self) { request in
            try await list(request)
        }
        router.register("orders.unfulfilled", params: UnfulfilledRequest.self) { request in
            try await unfulfilled(request)
        }
        return router
    }

    /// `orders.cancel`: the customer cancels during the hold (R4), the merchant after release until the order
    /// ships (R15); `order.cancelled` and the customer's notice follow. Cancelling a cancelled order changes
    /// nothing. Refusals: `not_found`, or `conflict` when the order's state forbids it, both on `orderID`.
    func cancel(_ request: OrderCancellationRequest) async throws -> OrderSummary {
        let id = try Self.required(request.orderID)
        return try await store.write { db in
            let now = DomainTime.rounded(try clock.now(in: db))
            do {
                let (order, _) = try desk.apply(id, causation: nil, in: db) { order in
                    switch request.by ?? .customer {
                    case .customer: try order.cancelByCustomer(at: now)
                    case .merchant: try order.cancelByMerchant(at: now)
                    }
                }
                return OrderSummary(order)
            } catch OrdersHandlingError.unknownOrder {
                throw Self.notFound(id)
            } catch let refusal as OrderError {
                throw RPCFailure(code: "conflict", message: refusal.description, field: "orderID")
            }
        }
    }

    /// `orders.confirm_delivery` (R11): the customer confirms receipt of a shipped order; it is `delivered` (unless
    /// the carrier delivered it first) and `order.delivery_confirmed` is published, once: a second call answers the
    /// same and publishes nothing. Refusals: `not_found`, or `conflict` before shipment and once refunded or
    /// cancelled, both on `orderID`.
    func confirmDelivery(_ reference: OrderReference) async throws -> OrderSummary {
        let id = try Self.required(reference.orderID)
        return try await store.write { db in
            let now = DomainTime.rounded(try clock.now(in: db))
            do {
                let (order, _) = try desk.apply(id, causation: nil, in: db) { order in
                    try order.confirmDelivery(at: now)
                }
                return OrderSummary(order)
            } catch OrdersHandlingError.unknownOrder {
                throw Self.notFound(id)
            } catch let refusal as OrderError {
                throw RPCFailure(code: "conflict", message: refusal.description, field: "orderID")
            }
        }
    }

    /// `orders.show`: the order, its timeline and release conditions. Refusal: `not_found` on `orderID`.
    func show(_ reference: OrderReference) async throws -> OrderDetail {
        let id = try Self.required(reference.orderID)
        guard let order = try await store.read({ db in try OrderRecords.find(id, in: db) }) else {
            throw Self.notFound(id)
        }
        return OrderDetail(order)
    }

    /// `orders.list`: a page of the latest orders first, with how many match the filters and, when more follow, the
    /// cursor of the next page (`OrderListCursor`). Refusals: `invalid_request` on `status`, `limit` or `after`.
    func list(_ request: OrderListRequest) async throws -> OrderList {
        let limit = request.limit ?? OrderListRequest.defaultLimit
        guard (1...OrderListRequest.maximumLimit).contains(limit) else {
            throw RPCFailure.invalidRequest("must be between 1 and \(OrderListRequest.maximumLimit)", field: "limit")
        }
        let status = try request.status.map { name in
            guard let status = OrderStatus(rawValue: name) else {
                let names = OrderStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw RPCFailure.invalidRequest("must be one of \(names)", field: "status")
            }
            return status
        }
        let after = try request.after.map { text in
            guard let cursor = OrderListCursor(text: text) else {
                throw RPCFailure.invalidRequest(
                    "must be the nextCursor of an earlier orders.list answer", field: "after")
            }
            return (placedAtMs: cursor.placedAtMs, id: cursor.orderID)
        }
        let (page, total) = try await store.read { db in
            (
                try OrderRecords.page(
                    merchantID: request.merchantID, status: status, after: after, limit: limit, in: db),
                try OrderRecords.count(merchantID: request.merchantID, status: status, in: db)
            )
        }
        let next = page.hasMore ? page.orders.last.map { OrderListCursor(after: $0).text } : nil
        return OrderList(orders: page.orders.map(OrderSummary.init), total: total, nextCursor: next)
    }

    /// `orders.unfulfilled`: the oldest orders of the merchant's Unfulfilled Orders queue (R5), with how many the
    /// queue holds; empty for a merchant with none. Refusals: `invalid_request` on an empty `merchantID` or a
    /// `limit` outside 1…500.
    func unfulfilled(_ request: UnfulfilledRequest) async throws -> UnfulfilledQueueView {
        guard !request.merchantID.rawValue.isEmpty else {
            throw RPCFailure.invalidRequest("is required", field: "merchantID")
        }
        let limit = request.limit ?? UnfulfilledRequest.maximumLimit
        guard (1...UnfulfilledRequest.maximumLimit).contains(limit) else {
            throw RPCFailure.invalidRequest("must be between 1 and \(UnfulfilledRequest.maximumLimit)", field: "limit")
        }
        let (entries, total) = try await store.read { db in
            (
                try UnfulfilledOrderRecords.entries(of: request.merchantID, limit: limit, in: db),
                try UnfulfilledOrderRecords.count(of: request.merchantID, in: db)
            )
        }
        return UnfulfilledQueueView(merchantID: request.merchantID, total: total, orders: entries)
    }

    private static func required(_ id: OrderID) throws -> OrderID {
        guard !id.rawValue.isEmpty else { throw RPCFailure.invalidRequest("is required", field: "orderID") }
        return id
    }

    private static func notFound(_ id: OrderID) -> RPCFailure {
        RPCFailure(code: "not_found", message: "No order \(id).", field: "orderID")
    }
}
