import Contracts
import Foundation
import GRDB

/// Reservations as rows of `reservation`, keyed by their order: the listing each is on, its SKU and quantity, the
/// placement's `idempotencyKey` (unique when set), `expiresAtMs`, and `state` with `releaseReason` for a released
/// one. Read and bound by column name through statements prepared once per connection.
enum ReservationRecords {
    /// The columns a reservation is read from, by name.
    private static let selected = "orderID, listingID, sku, quantity, idempotencyKey, expiresAtMs, state, releaseReason"

    /// The order's reservation, in any state, and the listing it is on.
    static func reservation(of orderID: OrderID, in db: Database) throws
        -> (listingID: ListingID, reservation: Reservation)?
    {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(selected) FROM reservation WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map(reservation)
    }

    /// The reservation a placement with idempotency key `key` made, in any state, and the listing it is on.
    static func reservation(keyedBy key: String, in db: Database) throws
        -> (listingID: ListingID, reservation: Reservation)?
    {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(selected) FROM reservation WHERE idempotencyKey = :idempotencyKey"),
            arguments: ["idempotencyKey": key]
        ).map(reservation)
    }

    /// Creates or replaces the order's reservation row.
    static func save(_ reservation: Reservation, listing: ListingID, in db: Database) throws {
        var arguments = columns(reservation)
        arguments += ["listingID": listing.rawValue]
        try db.cachedStatement(
            sql: """
                INSERT INTO reservation(
                    orderID, listingID, sku, quantity, idempotencyKey, expiresAtMs, state, releaseReason)
                VALUES(:orderID, :listingID, :sku, :quantity, :idempotencyKey, :expiresAtMs, :state, :releaseReason)
                ON CONFLICT(orderID) DO UPDATE SET listingID = excluded.listingID, sku = excluded.sku,
                    quantity = excluded.quantity, idempotencyKey = excluded.idempotencyKey,
                    expiresAtMs = excluded.expiresAtMs, state = excluded.state, releaseReason = excluded.releaseReason
                """
        ).execute(arguments: arguments)
    }

    /// Saves a stored reservation of the same listing: everything but its order and listing (a reservation made
    /// again after its release may name another SKU, quantity and key).
    static func update(_ reservation: Reservation, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE reservation SET sku = :sku, quantity = :quantity, idempotencyKey = :idempotencyKey,
                    expiresAtMs = :expiresAtMs, state = :state, releaseReason = :releaseReason
                WHERE orderID = :orderID
                """
        ).execute(arguments: columns(reservation))
    }

    /// A row read with the `selected` columns, as the listing it is on and the reservation.
    private static func reservation(_ row: Row) throws -> (listingID: ListingID, reservation: Reservation) {
        let orderID = OrderID(rawValue: row["orderID"])
        let stateText: String = row["state"]
        let state: Reservation.State
        switch stateText {
        case "pending": state = .pending
        case "firm": state = .firm
        case "sold": state = .sold
        case "released":
            guard let reason = (row["releaseReason"] as String?).flatMap(ReleaseReason.init(rawValue:)) else {
                throw InventoryStoreError.corrupt("release reason of \(orderID)")
            }
            state = .released(reason: reason)
        default: throw InventoryStoreError.corrupt("reservation state \(stateText) of \(orderID)")
        }
        let reservation = Reservation(
            orderID: orderID, sku: row["sku"], quantity: row["quantity"], idempotencyKey: row["idempotencyKey"],
            expiresAt: DomainTime.date(milliseconds: row["expiresAtMs"]), state: state)
        return (ListingID(rawValue: row["listingID"]), reservation)
    }

    /// Every column of the reservation but its listing, by name; `state` and `releaseReason` as stored.
    private static func columns(_ reservation: Reservation) -> StatementArguments {
        let (state, reason): (String, String?) =
            switch reservation.state {
            case .pending: ("pending", nil)
            case .firm: ("firm", nil)
            case .sold: ("sold", nil)
            case .released(let reason): ("released", reason.rawValue)
            }
        return [
            "orderID": reservation.orderID.rawValue, "sku": reservation.sku, "quantity": reservation.quantity,
            "idempotencyKey": reservation.idempotencyKey,
            "expiresAtMs": DomainTime.milliseconds(reservation.expiresAt), "state": state, "releaseReason": reason,
        ]
    }
}
