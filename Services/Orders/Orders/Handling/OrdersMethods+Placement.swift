import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

extension OrdersMethods {
    /// `orders.place` (R1, R2): a seen idempotency key gets its first answer back and nothing else happens; else
    /// the request is validated (nothing stored on a refusal), Inventory reserves the stock (placement's one
    /// synchronous hop, docs/architecture.md §2), and one transaction has the desk store the order and follow its
    /// `order.placed` (with the payment token, never a card number) and the customer's confirmation, and records
    /// the key's answer.
    /// - Throws: `RPCFailure`: `invalid_request` with every refused field (R1); Inventory's refusal as it came
    ///   (`sold_out`, `insufficient_stock`, … on `quantity`); `unavailable` when Inventory did not answer.
    func place(_ request: PlacementRequest) async throws -> OrderSummary {
        // One read for both: the key's first answer, and the listing the request is checked against.
        let (first, listing) = try await store.read { db in
            (
                try Self.answer(to: request.idempotencyKey, in: db),
                try CatalogRecords.listing(request.listingID, in: db)
            )
        }
        if let first { return first }
        let requestRefusals = validator.validateRequest(request)
        guard requestRefusals.isEmpty else { throw RPCFailure.invalidFields(requestRefusals) }
        let request = validator.normalized(request)
        let terms = listing?.terms(for: request.sku)
        let listingRefusals = validator.validateAgainstListing(request, terms: terms)
        guard listingRefusals.isEmpty, let listing, let terms else { throw RPCFailure.invalidFields(listingRefusals) }
        let orderID = ids.next(at: clock.now())
        do {
            _ = try await reserver.reserve(
                ReserveStockRequest(
                    orderID: orderID, listingID: request.listingID, sku: request.sku, quantity: request.quantity,
                    ttlSeconds: settings.reservationTTLSeconds))
        } catch {
            // A retry that raced its first attempt: the first may have taken the last units, and stored its answer.
            if let first = try await firstAnswer(to: request.idempotencyKey) { return first }
            throw error
        }
        let placed = try await committer.write { db in
            try record(request, id: orderID, merchantID: listing.merchantID, unitPrice: terms.unitPrice, in: db)
        }
        logger.info("Order placed", metadata: ["order.id": "\(placed.orderID)", "listing.id": "\(placed.listingID)"])
        return placed
    }

    /// The answer recorded for `key`, if the key was seen.
    private func firstAnswer(to key: String?) async throws -> OrderSummary? {
        guard key != nil else { return nil }
        return try await store.read { db in try Self.answer(to: key, in: db) }
    }

    /// The answer recorded for `key` in `db`, if the key was seen.
    private static func answer(to key: String?, in db: Database) throws -> OrderSummary? {
        guard let key else { return nil }
        return try IdempotencyKeyRecords.response(for: key, in: db).map {
            try StoreCoding.decoder.decode(OrderSummary.self, from: $0)
        }
    }

    /// Has the desk store the reserved order and records the key's answer, unless a concurrent placement with
    /// the same key committed first: then its answer is returned, and this order's reservation expires with its
    /// TTL.
    private func record(
        _ request: PlacementRequest, id: OrderID, merchantID: MerchantID, unitPrice: Money, in db: Database
    ) throws -> OrderSummary {
        if let first = try Self.answer(to: request.idempotencyKey, in: db) { return first }
        let now = DomainTime.rounded(try clock.now(in: db))
        let order = try desk.place(request, id: id, merchantID: merchantID, unitPrice: unitPrice, at: now, in: db)
        let summary = OrderSummary(order)
        if let key = request.idempotencyKey {
            try IdempotencyKeyRecords.insert(
                key, orderID: id, response: try StoreCoding.encoder.encode(summary), at: now, in: db)
        }
        return summary
    }
}
