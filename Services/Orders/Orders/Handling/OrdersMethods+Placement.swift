import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

extension OrdersMethods {
    /// `orders.place` (R1, R2): a seen idempotency key gets its first answer back and nothing else happens, when the
    /// request is the one it answered (the same `fingerprint`); another request under a seen key is refused. Else
    /// the request is validated (nothing stored on a refusal), Inventory reserves the stock under the placement's
    /// idempotency key (placement's one synchronous hop, docs/architecture.md §2), and one transaction has the desk
    /// store the order and follow its `order.placed` (with the payment token, never a card number) and the
    /// customer's confirmation, and records the key's answer with the request's fingerprint.
    ///
    /// The order takes the id Inventory's answer names: a new one, unless an earlier attempt with the same key
    /// reserved and then never stored its order (its process died in between, or its answer was lost); then the
    /// order takes that attempt's id and its reservation, so that a retried placement reserves once.
    /// - Throws: `RPCFailure`: `invalid_request` with every refused field (R1); `conflict` on `idempotencyKey` when
    ///   the key answered another request, or (Inventory's) reserved another listing, SKU or quantity; Inventory's
    ///   refusal as it came (`sold_out`, `insufficient_stock`, … on `quantity`); `unavailable` when Inventory did
    ///   not answer.
    func place(_ request: PlacementRequest) async throws -> OrderSummary {
        let fingerprint = try request.idempotencyKey == nil ? nil : request.fingerprint
        // One read for both: the key's first answer, and the listing the request is checked against.
        let (first, listing) = try await store.read { db in
            (
                try Self.answer(to: request, fingerprint: fingerprint, in: db),
                try CatalogRecords.listing(request.listingID, in: db)
            )
        }
        if let first { return first }
        let requestRefusals = validator.validateRequest(request)
        guard requestRefusals.isEmpty else { throw RPCFailure.invalidFields(requestRefusals) }
        let normalized = validator.normalized(request)
        let terms = listing?.terms(for: normalized.sku)
        let listingRefusals = validator.validateAgainstListing(normalized, terms: terms)
        guard listingRefusals.isEmpty, let listing, let terms else { throw RPCFailure.invalidFields(listingRefusals) }
        let newID = ids.next(at: clock.now())
        logger.debug(
            "Reserving stock",
            metadata: ["order.id": "\(newID)", "idempotency.key": "\(normalized.idempotencyKey ?? "none")"])
        let reserved: ReserveStockResult
        do {
            reserved = try await reserver.reserve(
                ReserveStockRequest(
                    orderID: newID, listingID: normalized.listingID, sku: normalized.sku,
                    quantity: normalized.quantity, ttlSeconds: settings.reservationTTLSeconds,
                    idempotencyKey: normalized.idempotencyKey))
        } catch {
            // A retry that raced its first attempt: the first may have stored its answer meanwhile.
            if let first = try await firstAnswer(to: request, fingerprint: fingerprint) { return first }
            throw error
        }
        if reserved.orderID != newID {
            logger.info(
                "Placement retried: the order takes its first attempt's reservation",
                metadata: ["order.id": "\(reserved.orderID)", "listing.id": "\(normalized.listingID)"])
        }
        let placed = try await committer.write { db in
            try record(
                normalized, fingerprint: fingerprint, id: reserved.orderID, merchantID: listing.merchantID,
                unitPrice: terms.unitPrice, in: db)
        }
        logger.info("Order placed", metadata: ["order.id": "\(placed.orderID)", "listing.id": "\(placed.listingID)"])
        return placed
    }

    /// The answer recorded for the request's key, if the key was seen.
    private func firstAnswer(to request: PlacementRequest, fingerprint: Data?) async throws -> OrderSummary? {
        guard request.idempotencyKey != nil else { return nil }
        return try await store.read { db in try Self.answer(to: request, fingerprint: fingerprint, in: db) }
    }

    /// The answer recorded in `db` for the request's key, if the key was seen and answered this request (the same
    /// fingerprint; a key recorded before fingerprints were kept answers any request, as it did then).
    /// - Throws: `RPCFailure` `conflict` on `idempotencyKey` when the key answered another request.
    private static func answer(to request: PlacementRequest, fingerprint: Data?, in db: Database) throws
        -> OrderSummary?
    {
        guard let key = request.idempotencyKey, let stored = try IdempotencyKeyRecords.answer(for: key, in: db) else {
            return nil
        }
        let first = try StoreCoding.decoder.decode(OrderSummary.self, from: stored.response)
        if let answered = stored.requestFingerprint, answered != fingerprint {
            throw RPCFailure(
                code: "conflict",
                message: "already answered another request (order \(first.orderID)); a retry must repeat that "
                    + "request exactly, and a new order needs a new key",
                field: "idempotencyKey")
        }
        return first
    }

    /// Has the desk store the reserved order and records the key's answer with the request's fingerprint, unless a
    /// concurrent placement with the same key committed first: then its answer is returned (or the request refused
    /// if it was another), and the order is not stored twice (both attempts hold the same reservation, Inventory's
    /// answer for their key).
    private func record(
        _ request: PlacementRequest, fingerprint: Data?, id: OrderID, merchantID: MerchantID, unitPrice: Money,
        in db: Database
    ) throws -> OrderSummary {
        if let first = try Self.answer(to: request, fingerprint: fingerprint, in: db) { return first }
        let now = DomainTime.rounded(try clock.now(in: db))
        let order = try desk.place(request, id: id, merchantID: merchantID, unitPrice: unitPrice, at: now, in: db)
        let summary = OrderSummary(order)
        if let key = request.idempotencyKey, let fingerprint {
            try IdempotencyKeyRecords.insert(
                key, orderID: id, response: try StoreCoding.encoder.encode(summary), requestFingerprint: fingerprint,
                at: now, in: db)
        }
        return summary
    }
}
