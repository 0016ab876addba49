import Contracts
import Foundation

/// R2: reservations move units between available, reserved and sold, idempotently on the order id and on the
/// placement's idempotency key.
extension Listing {
    /// Holds `quantity` units of `sku` for an order being placed, until `at + ttl` unless `confirm`ed first.
    ///
    /// Idempotent on the order id: a retry returns the reservation it made before and reserves nothing more.
    /// An order whose earlier reservation was released (a retry after its TTL) reserves afresh.
    ///
    /// Idempotent on `idempotencyKey` as well (the placement's key; the listing must be loaded with the key's
    /// reservation, if it has one), so that a placement retried after its first attempt died between reserving
    /// and storing its order reserves once. The key's reservation answers for it, under the order id it was made
    /// for, whatever `orderID` the retry brings:
    /// - pending, firm or sold: it is returned as it is, and nothing more is reserved;
    /// - released because its time-to-live ran out: its units are reserved afresh for the same order id, when
    ///   enough are available (else `soldOut` or `insufficient`, as for a new reservation);
    /// - released because its order ended (cancelled, declined, rejected): it is returned as it is and nothing is
    ///   reserved; the order exists, and the placement's first answer with it.
    /// - Throws: `soldOut` or `insufficient` when too few units are available (nothing is reserved);
    ///   `inactiveListing`, `unknownSKU`, `invalidQuantity`, `aboveLimit`, `reservationMismatch`;
    ///   `idempotencyKeyReused` when the key reserved another SKU or quantity (nothing is reserved).
    public mutating func reserve(
        orderID: OrderID, idempotencyKey: String? = nil, sku: String, quantity: Int, at: Date, ttl: TimeInterval
    ) throws(StockError) -> (reservation: Reservation, events: [InventoryEvent]) {
        var orderID = orderID
        if let key = idempotencyKey, let keyed = reservations.values.first(where: { $0.idempotencyKey == key }) {
            guard keyed.sku == sku, keyed.quantity == quantity else {
                throw .idempotencyKeyReused(
                    key, orderID: keyed.orderID, reserved: keyed.quantity, of: keyed.sku, requested: quantity,
                    ofRequested: sku)
            }
            guard keyed.state == .released(reason: .expired) else { return (keyed, []) }
            orderID = keyed.orderID
        } else if let existing = reservations[orderID], existing.state.isLive {
            guard existing.sku == sku, existing.quantity == quantity else {
                throw .reservationMismatch(
                    orderID, reserved: existing.quantity, of: existing.sku, requested: quantity, ofRequested: sku)
            }
            return (existing, [])
        }
        guard isActive else { throw .inactiveListing(id) }
        let index = try index(of: sku)
        guard quantity >= 1 else { throw .invalidQuantity(sku: sku, quantity: quantity) }
        guard quantity <= perOrderLimit else { throw .aboveLimit(sku: sku, quantity: quantity, limit: perOrderLimit) }
        let available = variations[index].available
        guard available > 0 else { throw .soldOut(sku: sku) }
        guard available >= quantity else { throw .insufficient(sku: sku, requested: quantity, available: available) }

        let before = variations
        let reservation = Reservation(
            orderID: orderID, sku: sku, quantity: quantity, idempotencyKey: idempotencyKey,
            expiresAt: at.addingTimeInterval(ttl), state: .pending)
        reservations[orderID] = reservation
        take(reservation)
        let reserved = StockReserved(
            listingID: id, orderID: orderID, sku: sku, quantity: quantity, expiresAt: reservation.expiresAt, at: at)
        return (reservation, [.reserved(reserved)] + soldOutCrossings(since: before, at: at))
    }

    /// The order was placed (`order.placed`): its reservation becomes firm. If the TTL had already released
    /// it, the units are taken again when enough are available. Repeating it changes nothing.
    /// - Throws: `reservationExpired` when the TTL released the units and too few are left;
    ///   `reservationReleased` for a reservation released for another reason; `noReservation`.
    public mutating func confirm(orderID: OrderID, at: Date) throws(StockError) -> [InventoryEvent] {
        guard var reservation = reservations[orderID] else { throw .noReservation(orderID) }
        let before = variations
        switch reservation.state {
        case .firm, .sold:
            return []
        case .pending:
            break
        case .released(.expired):
            let available = variations[variationIndex(of: reservation)].available
            guard available >= reservation.quantity else {
                throw .reservationExpired(
                    orderID, sku: reservation.sku, quantity: reservation.quantity, available: available)
            }
            take(reservation)
        case .released(let reason):
            throw .reservationReleased(orderID, reason)
        }
        reservation.state = .firm
        reservations[orderID] = reservation
        let confirmed = StockConfirmed(
            listingID: id, orderID: orderID, sku: reservation.sku, quantity: reservation.quantity, at: at)
        return [.confirmed(confirmed)] + soldOutCrossings(since: before, at: at)
    }

    /// The order was cancelled, declined or rejected: its units go back to available. Releasing a released
    /// reservation changes nothing.
    /// - Throws: `alreadySold` once the units went to a purchase order; `noReservation`.
    public mutating func release(
        orderID: OrderID, reason: ReleaseReason, at: Date
    ) throws(StockError) -> [InventoryEvent] {
        guard let reservation = reservations[orderID] else { throw .noReservation(orderID) }
        switch reservation.state {
        case .released:
            return []
        case .sold:
            throw .alreadySold(orderID, sku: reservation.sku, quantity: reservation.quantity)
        case .pending, .firm:
            let before = variations
            let released = giveBack(reservation, reason: reason, at: at)
            return [released] + soldOutCrossings(since: before, at: at)
        }
    }

    /// Releases every pending reservation whose TTL has passed at `at`: placements that never committed
    /// (the orphans of Medusa issue #16825).
    /// - Returns: the released reservations, earliest expiry first, and the facts to publish.
    public mutating func expirePending(at: Date) -> (expired: [Reservation], events: [InventoryEvent]) {
        let due = reservations.values
            .filter { $0.state == .pending && $0.expiresAt <= at }
            .sorted { ($0.expiresAt, $0.orderID.rawValue) < ($1.expiresAt, $1.orderID.rawValue) }
        let before = variations
        let released = due.map { giveBack($0, reason: .expired, at: at) }
        return (due.compactMap { reservations[$0.orderID] }, released + soldOutCrossings(since: before, at: at))
    }

    /// The order's purchase order went to a supplier: its reserved units are sold. A pending reservation may
    /// be sold too (the dispatch fact overtook `order.placed`). Repeating it changes nothing.
    /// - Throws: `reservationReleased` if the units went back; `noReservation`.
    public mutating func markSold(orderID: OrderID, at: Date) throws(StockError) -> [InventoryEvent] {
        guard var reservation = reservations[orderID] else { throw .noReservation(orderID) }
        switch reservation.state {
        case .sold:
            return []
        case .released(let reason):
            throw .reservationReleased(orderID, reason)
        case .pending, .firm:
            reservation.state = .sold
            reservations[orderID] = reservation
            let index = variationIndex(of: reservation)
            variations[index].reserved -= reservation.quantity
            variations[index].sold += reservation.quantity
            let sold = StockSold(
                listingID: id, orderID: orderID, sku: reservation.sku, quantity: reservation.quantity, at: at)
            return [.sold(sold)]
        }
    }

    /// R2, R8, R15: the units a purchase order took (`markSold`) come back to available, now that no purchase order
    /// claims them: the supplier confirmed the cancellation of the order's purchase order
    /// (`purchaseOrderCancelled`), or every purchase order of an order refunded after an abandoned dispatch failed
    /// (`refunded`). Returns `stock.released`, and `listing.back_in_stock` when the SKU leaves 0. A reservation
    /// already released changes nothing; one still holding its units is `release`d, not returned: nothing changes.
    /// - Throws: `noReservation`.
    public mutating func returnSold(
        orderID: OrderID, reason: ReleaseReason, at: Date
    ) throws(StockError) -> [InventoryEvent] {
        guard var reservation = reservations[orderID] else { throw .noReservation(orderID) }
        guard reservation.state == .sold else { return [] }
        let before = variations
        reservation.state = .released(reason: reason)
        reservations[orderID] = reservation
        let index = variationIndex(of: reservation)
        variations[index].sold -= reservation.quantity
        variations[index].available += reservation.quantity
        let released = StockReleased(
            listingID: id, orderID: orderID, sku: reservation.sku, quantity: reservation.quantity, reason: reason,
            at: at)
        return [.released(released)] + soldOutCrossings(since: before, at: at)
    }

    /// Moves a reservation's units from available to reserved.
    private mutating func take(_ reservation: Reservation) {
        let index = variationIndex(of: reservation)
        variations[index].available -= reservation.quantity
        variations[index].reserved += reservation.quantity
    }

    /// Marks a holding reservation released and moves its units from reserved back to available.
    private mutating func giveBack(_ reservation: Reservation, reason: ReleaseReason, at: Date) -> InventoryEvent {
        var released = reservation
        released.state = .released(reason: reason)
        reservations[reservation.orderID] = released
        let index = variationIndex(of: reservation)
        variations[index].reserved -= reservation.quantity
        variations[index].available += reservation.quantity
        return .released(
            StockReleased(
                listingID: id, orderID: reservation.orderID, sku: reservation.sku, quantity: reservation.quantity,
                reason: reason, at: at))
    }

    /// The index of a reservation's variation: reservations are only made for the listing's own SKUs.
    private func variationIndex(of reservation: Reservation) -> Int {
        guard let index = variations.firstIndex(where: { $0.sku == reservation.sku }) else {
            preconditionFailure("reservation of \(reservation.orderID) names unknown SKU \(reservation.sku)")
        }
        return index
    }
}
