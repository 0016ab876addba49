import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// `orders.place` (R1, R2): a seen idempotency key gets its first answer back and nothing else happens; else the
/// request is validated (nothing stored on a refusal), Inventory reserves the stock (placement's one synchronous
/// hop, ARCHITECTURE §2), and one transaction stores the order, its timeline, the key's answer, `order.placed`
/// (with the payment token, never a card number) and the customer's confirmation.
public struct OrderPlacement: Sendable {
    let store: any DatabaseWriter
    /// Concurrent placements commit together (one fsync per batch).
    let committer: GroupCommitWriter
    let clock: DomainClock
    let reserver: any StockReserver
    let settings: OrdersSettings
    let ids: OrderIDGenerator
    let transitions: OrderTransitions
    let logger: Logger
    private let validator = PlacementValidator()

    init(
        store: any DatabaseWriter, clock: DomainClock, reserver: any StockReserver, settings: OrdersSettings,
        transitions: OrderTransitions, logger: Logger
    ) {
        self.store = store
        self.committer = GroupCommitWriter(writer: store)
        self.clock = clock
        self.reserver = reserver
        self.settings = settings
        self.ids = OrderIDGenerator()
        self.transitions = transitions
        self.logger = logger
    }

    /// Places the order, or returns the first answer to its idempotency key.
    /// - Throws: `RPCFailure`: `invalid_request` with every refused field (R1); Inventory's refusal as it came
    ///   (`sold_out`, `insufficient_stock`, … on `quantity`); `unavailable` when Inventory did not answer.
    public func place(_ request: PlacementRequest) async throws -> OrderSummary {
        // One read for both: the key's first answer, and the listing the request is checked against.
        let (first, listing) = try await store.read { db in
            (
                try Self.answer(to: request.idempotencyKey, in: db),
                try CatalogProjection.listing(request.listingID, in: db)
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
        return try IdempotencyKeys.response(for: key, in: db).map {
            try StoreCoding.decoder.decode(OrderSummary.self, from: $0)
        }
    }

    /// Stores the reserved order, unless a concurrent placement with the same key committed first: then its
    /// answer is returned, and this order's reservation expires with its TTL.
    private func record(
        _ request: PlacementRequest, id: OrderID, merchantID: MerchantID, unitPrice: Money, in db: Database
    ) throws -> OrderSummary {
        if let first = try Self.answer(to: request.idempotencyKey, in: db) { return first }
        let now = DomainTime.rounded(try clock.now(in: db))
        let placed = try Order.place(
            id: id, merchantID: merchantID, listingID: request.listingID, sku: request.sku, quantity: request.quantity,
            unitPrice: unitPrice, customerName: request.customer.name, customerEmail: request.customer.email,
            shippingAddress: request.shippingAddress, at: now)
        try OrderRecords.insert(placed.order, in: db)
        let summary = OrderSummary(placed.order)
        if let key = request.idempotencyKey {
            try IdempotencyKeys.insert(
                key, orderID: id, response: try StoreCoding.encoder.encode(summary), at: now, in: db)
        }
        let events = placed.events.map { event in
            guard case .placed(var fact) = event else { return event }
            fact.paymentToken = request.paymentToken
            return .placed(fact)
        }
        try transitions.follow(events, of: placed.order, causation: nil, in: db)
        return summary
    }
}
