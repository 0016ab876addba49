import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// R2: `inventory.reserve`, the expiry of reservations no `order.placed` confirmed, and the `orders` facts that
/// confirm or release them.
extension InventoryService {
    /// Timer kind of a reservation's expiry; the timer id is `reservation.expire:<orderID>`.
    static let expiryTimerKind = "reservation.expire"

    static func expiryTimerID(_ orderID: OrderID) -> String { "\(expiryTimerKind):\(orderID)" }

    /// Reserves units for an order being placed, idempotently on its id.
    ///
    /// In one write transaction (SQLite serialises them, so concurrent calls never both take the last unit):
    /// load the listing with the order's reservation, let the domain reserve or return the existing
    /// reservation, save, publish `stock.reserved` (and `listing.sold_out` at 0), and schedule the expiry
    /// timer at `expiresAt`. A refusal rolls everything back. A retry reserves nothing and publishes nothing.
    func reserve(_ request: ReserveStockRequest) async throws -> ReserveStockResult {
        guard !request.orderID.rawValue.isEmpty else {
            throw RPCFailure.invalidRequest("must not be empty", field: "orderID")
        }
        guard request.quantity >= 1 else { throw RPCFailure.invalidRequest("must be at least 1", field: "quantity") }
        guard request.ttlSeconds >= 0 else {
            throw RPCFailure.invalidRequest("must be 0 (the default) or more", field: "ttlSeconds")
        }
        let ttl = request.ttlSeconds > 0 ? request.ttlSeconds : configuration.reservationTTLSeconds
        return try await reservations.write { db in
            let held = try Reservation.fetch(request.orderID, in: db)
            if let held, held.listingID != request.listingID {
                throw RPCFailure(
                    code: "conflict",
                    message:
                        "Order \(request.orderID) already reserved on listing \(held.listingID); a retry must name it.",
                    field: "listingID")
            }
            guard var listing = try Listing.fetch(request.listingID, with: held.map { [$0.reservation] } ?? [], in: db)
            else {
                throw RPCFailure(code: "not_found", message: "No listing \(request.listingID).", field: "listingID")
            }
            let loaded = listing
            let now = try clock.now(in: db)
            let (reservation, events) = try asRPCRefusal { () throws(StockError) in
                try listing.reserve(
                    orderID: request.orderID, sku: request.sku, quantity: request.quantity, at: now,
                    ttl: TimeInterval(ttl))
            }
            if !events.isEmpty {
                try listing.save(since: loaded, in: db)
                try publish(events, correlation: request.orderID.rawValue, at: now, in: db)
                try DurableTimers.schedule(
                    DurableTimer(
                        id: Self.expiryTimerID(request.orderID), kind: Self.expiryTimerKind,
                        due: reservation.expiresAt, payload: Data(request.orderID.rawValue.utf8)),
                    in: db)
            }
            return ReserveStockResult(
                orderID: request.orderID, expiresAt: reservation.expiresAt,
                available: listing.variation(reservation.sku)?.available ?? 0)
        }
    }

    /// The expiry timer: releases the order's reservation if it is still pending (`stock.released`, reason
    /// `expired`); a confirmed or released one is left alone.
    func expireReservation(of orderID: OrderID, due: Date, in db: Database) throws {
        guard var listing = try Listing.fetch(reservedBy: orderID, in: db) else {
            logger.warning("Expiry timer for an order with no reservation", metadata: ["order.id": "\(orderID)"])
            return
        }
        let loaded = listing
        let now = max(try clock.now(in: db), due)
        let (expired, events) = listing.expirePending(at: now)
        guard !expired.isEmpty else { return }
        try listing.save(since: loaded, in: db)
        try publish(events, correlation: orderID.rawValue, at: now, in: db)
        logger.info("Reservation expired", metadata: ["order.id": "\(orderID)", "listing.id": "\(listing.id)"])
    }

    /// `order.placed`: the reservation becomes firm and its expiry timer is cancelled. Repeating it does nothing.
    /// - Throws: `StockError` when the order reserved nothing here, or its expired units are gone (dead letter).
    func confirmReservation(of placed: OrderPlaced, in db: Database) throws {
        guard var listing = try Listing.fetch(reservedBy: placed.orderID, in: db) else {
            throw StockError.noReservation(placed.orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events = try listing.confirm(orderID: placed.orderID, at: now)
        try DurableTimers.cancel(id: Self.expiryTimerID(placed.orderID), in: db)
        guard !events.isEmpty else { return }
        try listing.save(since: loaded, in: db)
        try publish(events, correlation: placed.orderID.rawValue, at: now, in: db)
    }

    /// R6: the order's purchase order reached a supplier (`purchase_order.sent`): its units are sold
    /// (`stock.sold`). A repeated fact does nothing; so does one for an order whose units already went back
    /// (cancelled while its purchase order was going out: Dispatch withdraws that purchase order).
    func markSold(_ sent: PurchaseOrderSent, in db: Database) throws {
        guard var listing = try Listing.fetch(reservedBy: sent.orderID, in: db) else {
            throw StockError.noReservation(sent.orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events: [InventoryEvent]
        do {
            events = try listing.markSold(orderID: sent.orderID, at: now)
        } catch .reservationReleased {
            return
        }
        guard !events.isEmpty else { return }
        try listing.save(since: loaded, in: db)
        try publish(events, correlation: sent.orderID.rawValue, at: now, in: db)
    }

    /// `order.declined`, `order.cancelled`: the units go back (`stock.released`, and `listing.back_in_stock`
    /// when the SKU leaves 0). Releasing a released reservation does nothing.
    /// - Throws: `StockError` when the order reserved nothing here, or its units were sold (dead letter).
    func releaseReservation(of orderID: OrderID, reason: ReleaseReason, in db: Database) throws {
        guard var listing = try Listing.fetch(reservedBy: orderID, in: db) else {
            throw StockError.noReservation(orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events = try listing.release(orderID: orderID, reason: reason, at: now)
        try DurableTimers.cancel(id: Self.expiryTimerID(orderID), in: db)
        guard !events.isEmpty else { return }
        try listing.save(since: loaded, in: db)
        try publish(events, correlation: orderID.rawValue, at: now, in: db)
    }
}

/// Runs a domain operation, turning its refusal into the RPC's (`StockError.rpcFailure`).
func asRPCRefusal<Result>(_ operation: () throws(StockError) -> Result) throws(RPCFailure) -> Result {
    do {
        return try operation()
    } catch {
        throw error.rpcFailure
    }
}

extension StockError {
    /// The refusal `inventory.reserve` answers, as documented on `ReserveStockRequest`.
    var rpcFailure: RPCFailure {
        switch self {
        case .soldOut: RPCFailure(code: "sold_out", message: description, field: "quantity")
        case .insufficient: RPCFailure(code: "insufficient_stock", message: description, field: "quantity")
        case .unknownSKU: RPCFailure(code: "not_found", message: description, field: "sku")
        case .inactiveListing: RPCFailure(code: "inactive", message: description, field: "listingID")
        case .aboveLimit: RPCFailure(code: "above_limit", message: description, field: "quantity")
        case .reservationMismatch: RPCFailure(code: "conflict", message: description, field: "orderID")
        case .invalidQuantity: RPCFailure.invalidRequest(description, field: "quantity")
        default: RPCFailure.invalidRequest(description)
        }
    }
}
