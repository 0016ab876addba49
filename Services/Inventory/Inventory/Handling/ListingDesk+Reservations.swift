import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit

/// R2: a reservation for `inventory.reserve`, the expiry of reservations no `order.placed` confirmed, the
/// `orders` facts that confirm or release them, and the dispatch fact that sells their units.
extension ListingDesk {
    /// Timer kind of a reservation's expiry; the timer id is `reservation.expire:<orderID>`.
    static let expiryTimerKind = "reservation.expire"

    /// The id of an order's expiry timer.
    static func expiryTimerID(_ orderID: OrderID) -> String { "\(expiryTimerKind):\(orderID)" }

    /// Reserves units for an order being placed, idempotently on its id and on its placement's idempotency key,
    /// holding them `ttl` seconds.
    ///
    /// In the caller's write transaction (SQLite serialises them, so concurrent calls never both take the last
    /// unit): load the listing with the reservation the request is about (its key's, else its order's), let the
    /// domain reserve or return that reservation (`Listing.reserve` says when), save, publish `stock.reserved` (and
    /// `listing.sold_out` at 0), and schedule the expiry timer at `expiresAt`. A refusal throws before anything is
    /// written. A retry reserves nothing and publishes nothing. The answer names the order the reservation holds
    /// for: the key's first order when the key had reserved before.
    /// - Throws: `RPCFailure`: `conflict` on `idempotencyKey` when the key reserved on another listing, on
    ///   `listingID` when the order did, `not_found` on `listingID`, and the domain's refusals as
    ///   `StockError.rpcFailure` maps them.
    func reserve(_ request: ReserveStockRequest, ttl: Int, in db: Database) throws -> ReserveStockResult {
        let held = try heldReservation(for: request, in: db)
        guard
            var listing = try StockRecords.listing(
                request.listingID, holding: held.map { [$0.reservation] } ?? [], in: db)
        else {
            throw RPCFailure(code: "not_found", message: "No listing \(request.listingID).", field: "listingID")
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let (reservation, events) = try asRPCRefusal { () throws(StockError) in
            try listing.reserve(
                orderID: request.orderID, idempotencyKey: request.idempotencyKey, sku: request.sku,
                quantity: request.quantity, at: now, ttl: TimeInterval(ttl))
        }
        let orderID = reservation.orderID
        if !events.isEmpty {
            try StockRecords.save(listing, since: loaded, in: db)
            try follow(events, correlation: orderID.rawValue, at: now, in: db)
            try DurableTimers.schedule(
                DurableTimer(
                    id: Self.expiryTimerID(orderID), kind: Self.expiryTimerKind, due: reservation.expiresAt,
                    payload: Data(orderID.rawValue.utf8)),
                in: db)
        }
        return ReserveStockResult(
            orderID: orderID, expiresAt: reservation.expiresAt,
            available: listing.variation(reservation.sku)?.available ?? 0)
    }

    /// The stored reservation `request` is about, if any: the one its idempotency key made, else its order's.
    /// - Throws: `RPCFailure` `conflict` when that reservation is on another listing than the request's.
    private func heldReservation(for request: ReserveStockRequest, in db: Database) throws
        -> (listingID: ListingID, reservation: Reservation)?
    {
        if let key = request.idempotencyKey, let keyed = try ReservationRecords.reservation(keyedBy: key, in: db) {
            guard keyed.listingID == request.listingID else {
                throw RPCFailure(
                    code: "conflict",
                    message: "Idempotency key \(key) already reserved on listing \(keyed.listingID) for order "
                        + "\(keyed.reservation.orderID); a request with that key cannot reserve on listing "
                        + "\(request.listingID).",
                    field: "idempotencyKey")
            }
            return keyed
        }
        let held = try ReservationRecords.reservation(of: request.orderID, in: db)
        if let held, held.listingID != request.listingID {
            throw RPCFailure(
                code: "conflict",
                message:
                    "Order \(request.orderID) already reserved on listing \(held.listingID); a retry must name it.",
                field: "listingID")
        }
        return held
    }

    /// The expiry timer: releases the order's reservation if it is still pending (`stock.released`, reason
    /// `expired`); a confirmed or released one is left alone.
    func expireReservation(of orderID: OrderID, due: Date, in db: Database) throws {
        guard var listing = try StockRecords.listing(reservedBy: orderID, in: db) else {
            logger.warning("Expiry timer for an order with no reservation", metadata: ["order.id": "\(orderID)"])
            return
        }
        let loaded = listing
        let now = max(try clock.now(in: db), due)
        let (expired, events) = listing.expirePending(at: now)
        guard !expired.isEmpty else { return }
        try StockRecords.save(listing, since: loaded, in: db)
        try follow(events, correlation: orderID.rawValue, at: now, in: db)
        logger.info("Reservation expired", metadata: ["order.id": "\(orderID)", "listing.id": "\(listing.id)"])
    }

    /// `order.placed`: the reservation becomes firm and its expiry timer is cancelled. Repeating it does nothing.
    /// - Throws: `StockError` when the order reserved nothing here, or its expired units are gone (dead letter).
    func confirmReservation(of placed: OrderPlaced, in db: Database) throws {
        guard var listing = try StockRecords.listing(reservedBy: placed.orderID, in: db) else {
            throw StockError.noReservation(placed.orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events = try listing.confirm(orderID: placed.orderID, at: now)
        try DurableTimers.cancel(id: Self.expiryTimerID(placed.orderID), in: db)
        guard !events.isEmpty else { return }
        try StockRecords.save(listing, since: loaded, in: db)
        try follow(events, correlation: placed.orderID.rawValue, at: now, in: db)
    }

    /// R6: the order's purchase order reached a supplier (`purchase_order.sent`): its units are sold
    /// (`stock.sold`). A repeated fact does nothing; so does one for an order whose units already went back
    /// (cancelled while its purchase order was going out: Dispatch withdraws that purchase order).
    func markSold(_ sent: PurchaseOrderSent, in db: Database) throws {
        guard var listing = try StockRecords.listing(reservedBy: sent.orderID, in: db) else {
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
        try StockRecords.save(listing, since: loaded, in: db)
        try follow(events, correlation: sent.orderID.rawValue, at: now, in: db)
    }

    /// `order.declined`, `order.cancelled`: the units go back (`stock.released`, and `listing.back_in_stock`
    /// when the SKU leaves 0). Releasing a released reservation does nothing.
    /// - Throws: `StockError` when the order reserved nothing here, or its units were sold (dead letter).
    func releaseReservation(of orderID: OrderID, reason: ReleaseReason, in db: Database) throws {
        guard var listing = try StockRecords.listing(reservedBy: orderID, in: db) else {
            throw StockError.noReservation(orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events = try listing.release(orderID: orderID, reason: reason, at: now)
        try DurableTimers.cancel(id: Self.expiryTimerID(orderID), in: db)
        guard !events.isEmpty else { return }
        try StockRecords.save(listing, since: loaded, in: db)
        try follow(events, correlation: orderID.rawValue, at: now, in: db)
    }

    /// R2, R8, R15: the order's sold units come back (`Listing.returnSold`): its purchase order was cancelled at the
    /// supplier, or every one failed. Returning units already back does nothing.
    /// - Throws: `StockError.noReservation` when the order reserved nothing here (dead letter).
    func returnSold(of orderID: OrderID, reason: ReleaseReason, in db: Database) throws {
        guard var listing = try StockRecords.listing(reservedBy: orderID, in: db) else {
            throw StockError.noReservation(orderID)
        }
        let loaded = listing
        let now = try clock.now(in: db)
        let events = try listing.returnSold(orderID: orderID, reason: reason, at: now)
        guard !events.isEmpty else { return }
        try StockRecords.save(listing, since: loaded, in: db)
        try follow(events, correlation: orderID.rawValue, at: now, in: db)
    }
}
