import Contracts
import Foundation
import GRDB

/// A `Reservation` as a row of `reservation`, keyed by its order: the listing it is on, its SKU and quantity,
/// `expiresAtMs`, and `state` with `releaseReason` for a released one. Read by position through statements
/// prepared once per connection.
extension Reservation {
    /// The order's reservation, in any state, and the listing it is on.
    static func fetch(_ orderID: OrderID, in db: Database) throws -> (listingID: ListingID, reservation: Reservation)? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT listingID, sku, quantity, expiresAtMs, state, releaseReason FROM reservation
                        WHERE orderID = ?
                        """),
                arguments: [orderID.rawValue])
        else { return nil }
        let stateText: String = row[4]
        let state: State
        switch stateText {
        case "pending": state = .pending
        case "firm": state = .firm
        case "sold": state = .sold
        case "released":
            guard let reason = (row[5] as String?).flatMap(ReleaseReason.init(rawValue:)) else {
                throw InventoryStoreError.corrupt("release reason of \(orderID)")
            }
            state = .released(reason: reason)
        default: throw InventoryStoreError.corrupt("reservation state \(stateText) of \(orderID)")
        }
        let reservation = Reservation(
            orderID: orderID, sku: row[1], quantity: row[2], expiresAt: DomainTime.date(milliseconds: row[3]),
            state: state)
        return (ListingID(rawValue: row[0]), reservation)
    }

    /// Creates or replaces the order's reservation row.
    func save(listing: ListingID, in db: Database) throws {
        let (stateText, reason) = stateColumns
        try db.cachedStatement(
            sql: """
                INSERT INTO reservation(orderID, listingID, sku, quantity, expiresAtMs, state, releaseReason)
                VALUES(?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO UPDATE SET listingID = excluded.listingID, sku = excluded.sku,
                    quantity = excluded.quantity, expiresAtMs = excluded.expiresAtMs, state = excluded.state,
                    releaseReason = excluded.releaseReason
                """
        ).execute(arguments: [
            orderID.rawValue, listing.rawValue, sku, quantity, DomainTime.milliseconds(expiresAt), stateText,
            reason,
        ])
    }

    /// Saves a stored reservation of the same listing: everything but its order and listing (a reservation made
    /// again after its release may name another SKU and quantity).
    func update(in db: Database) throws {
        let (stateText, reason) = stateColumns
        try db.cachedStatement(
            sql: """
                UPDATE reservation SET sku = ?, quantity = ?, expiresAtMs = ?, state = ?, releaseReason = ?
                WHERE orderID = ?
                """
        ).execute(arguments: [
            sku, quantity, DomainTime.milliseconds(expiresAt), stateText, reason, orderID.rawValue,
        ])
    }

    /// `state` and `releaseReason` as stored.
    private var stateColumns: (state: String, releaseReason: String?) {
        switch state {
        case .pending: ("pending", nil)
        case .firm: ("firm", nil)
        case .sold: ("sold", nil)
        case .released(let reason): ("released", reason.rawValue)
        }
    }
}
