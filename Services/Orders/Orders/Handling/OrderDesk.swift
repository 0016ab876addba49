import Contracts
import Foundation
import GRDB
import ServiceKit

/// The orders service's RPCs after placement: the customer's cancellation (R4, R15) and the reads of orders,
/// timelines and the merchants' Unfulfilled Orders queues (R5).
struct OrderDesk: Sendable {
    let store: any DatabaseWriter
    let clock: DomainClock
    let transitions: OrderTransitions

    /// `orders.cancel`: the customer cancels during the hold (R4), the merchant after release until the order
    /// ships (R15); `order.cancelled` and the customer's notice follow. Cancelling a cancelled order changes
    /// nothing. Refusals: `not_found`, or `conflict` when the order's state forbids it, both on `orderID`.
    func cancel(_ request: OrderCancellationRequest) async throws -> OrderSummary {
        let id = try Self.required(request.orderID)
        return try await store.write { db in
            let now = DomainTime.rounded(try clock.now(in: db))
            do {
                let (order, _) = try transitions.change(id, causation: nil, in: db) { order in
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

    /// `orders.show`: the order, its timeline and release conditions. Refusal: `not_found` on `orderID`.
    func show(_ reference: OrderReference) async throws -> OrderDetail {
        let id = try Self.required(reference.orderID)
        guard let order = try await store.read({ db in try OrderRecords.find(id, in: db) }) else {
            throw Self.notFound(id)
        }
        return OrderDetail(order)
    }

    /// `orders.list`: the latest orders first. Refusals: `invalid_request` on `status` or `limit`.
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
        let orders = try await store.read { db in
            try OrderRecords.list(merchantID: request.merchantID, status: status, limit: limit, in: db)
        }
        return OrderList(orders: orders.map(OrderSummary.init))
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
                try UnfulfilledQueue.entries(of: request.merchantID, limit: limit, in: db),
                try UnfulfilledQueue.count(of: request.merchantID, in: db)
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
