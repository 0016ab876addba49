import Contracts
import Foundation
import GRDB

/// Reading and writing a `Listing` in the `listing`, `variation`, `supplierStock` and `reservation` tables.
///
/// A listing is loaded with only the reservations the operation reads (the order it is about), not its whole
/// history: every domain operation touches one order's reservation, and the units it moves are the
/// variation's counters, which are always loaded whole. `save` writes back what was loaded.
extension Listing {
    /// The listing with its variations and supplier stock, and the reservations of `orders` (those it holds).
    static func fetch(_ id: ListingID, reservationsOf orders: [OrderID] = [], in db: Database) throws -> Listing? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT merchantID, title, isActive, perOrderLimit FROM listing WHERE id = ?"),
                arguments: [id.rawValue])
        else { return nil }
        var variations = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT sku, priceMinorUnits, currency, available, reserved, sold FROM variation
                    WHERE listingID = ? ORDER BY position
                    """),
            arguments: [id.rawValue]
        ).map(variation)
        let reports = try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs FROM supplierStock
                    WHERE listingID = ?
                    """),
            arguments: [id.rawValue])
        for report in reports {
            let sku: String = report["sku"]
            guard let index = variations.firstIndex(where: { $0.sku == sku }) else { continue }
            variations[index].supplierStock[SupplierID(rawValue: report["supplierID"])] = SupplierStock(
                quantity: report["quantity"], referenceLevel: report["referenceLevel"], isLow: report["isLow"],
                reportedAt: InventoryStore.date(milliseconds: report["reportedAtMs"]))
        }
        var listing = try Listing(
            id: id, merchantID: MerchantID(rawValue: row["merchantID"]), title: row["title"],
            isActive: row["isActive"], perOrderLimit: row["perOrderLimit"], variations: variations)
        for orderID in orders {
            if let reservation = try Reservation.fetch(orderID, listing: id, in: db) {
                listing.reservations[orderID] = reservation
            }
        }
        return listing
    }

    /// Writes the listing's terms, units, supplier stock and loaded reservations; `record` (the merged catalogue
    /// record) is required when the listing is new and replaces the stored one when given.
    func save(record: ListingRecord? = nil, in db: Database) throws {
        if let record {
            try db.execute(
                sql: """
                    INSERT INTO listing(id, merchantID, title, isActive, perOrderLimit, record) VALUES(?, ?, ?, ?, ?, ?)
                    ON CONFLICT(id) DO UPDATE SET title = excluded.title, isActive = excluded.isActive,
                        perOrderLimit = excluded.perOrderLimit, record = excluded.record
                    """,
                arguments: [
                    id.rawValue, merchantID.rawValue, title, isActive, perOrderLimit,
                    try InventoryStore.encoder.encode(record),
                ])
        } else {
            try db.cachedStatement(sql: "UPDATE listing SET title = ?, isActive = ?, perOrderLimit = ? WHERE id = ?")
                .execute(arguments: [title, isActive, perOrderLimit, id.rawValue])
        }
        for (position, variation) in variations.enumerated() {
            try db.cachedStatement(
                sql: """
                    INSERT INTO variation(listingID, sku, position, priceMinorUnits, currency, available, reserved, sold)
                    VALUES(?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT(listingID, sku) DO UPDATE SET position = excluded.position,
                        priceMinorUnits = excluded.priceMinorUnits, currency = excluded.currency,
                        available = excluded.available, reserved = excluded.reserved, sold = excluded.sold
                    """
            ).execute(arguments: [
                id.rawValue, variation.sku, position, variation.price.minorUnits, variation.price.currency.code,
                variation.available, variation.reserved, variation.sold,
            ])
            for (supplier, report) in variation.supplierStock {
                try db.cachedStatement(
                    sql: """
                        INSERT INTO supplierStock(listingID, sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs)
                        VALUES(?, ?, ?, ?, ?, ?, ?)
                        ON CONFLICT(listingID, sku, supplierID) DO UPDATE SET quantity = excluded.quantity,
                            referenceLevel = excluded.referenceLevel, isLow = excluded.isLow,
                            reportedAtMs = excluded.reportedAtMs
                        """
                ).execute(arguments: [
                    id.rawValue, variation.sku, supplier.rawValue, report.quantity, report.referenceLevel, report.isLow,
                    InventoryStore.milliseconds(report.reportedAt),
                ])
            }
        }
        for reservation in reservations.values {
            try reservation.save(listing: id, in: db)
        }
    }

    private static func variation(_ row: Row) throws -> Variation {
        let code: String = row["currency"]
        guard let currency = CurrencyCode(code) else { throw InventoryStoreError.corrupt("currency \(code)") }
        var variation = Variation(
            sku: row["sku"], price: Money(minorUnits: row["priceMinorUnits"], currency: currency),
            available: row["available"])
        variation.reserved = row["reserved"]
        variation.sold = row["sold"]
        return variation
    }
}

extension Reservation {
    /// The order's reservation on `listing`, in any state.
    static func fetch(_ orderID: OrderID, listing: ListingID, in db: Database) throws -> Reservation? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: """
                        SELECT sku, quantity, expiresAtMs, state, releaseReason FROM reservation
                        WHERE orderID = ? AND listingID = ?
                        """),
                arguments: [orderID.rawValue, listing.rawValue])
        else { return nil }
        let stateText: String = row["state"]
        let state: State
        switch stateText {
        case "pending": state = .pending
        case "firm": state = .firm
        case "sold": state = .sold
        case "released":
            let reasonText: String? = row["releaseReason"]
            guard let reason = reasonText.flatMap(ReleaseReason.init(rawValue:)) else {
                throw InventoryStoreError.corrupt("release reason of \(orderID)")
            }
            state = .released(reason: reason)
        default: throw InventoryStoreError.corrupt("reservation state \(stateText) of \(orderID)")
        }
        return Reservation(
            orderID: orderID, sku: row["sku"], quantity: row["quantity"],
            expiresAt: InventoryStore.date(milliseconds: row["expiresAtMs"]), state: state)
    }

    /// Creates or replaces the order's reservation row.
    func save(listing: ListingID, in db: Database) throws {
        let (stateText, reason): (String, ReleaseReason?) =
            switch state {
            case .pending: ("pending", nil)
            case .firm: ("firm", nil)
            case .sold: ("sold", nil)
            case .released(let reason): ("released", reason)
            }
        try db.cachedStatement(
            sql: """
                INSERT INTO reservation(orderID, listingID, sku, quantity, expiresAtMs, state, releaseReason)
                VALUES(?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO UPDATE SET listingID = excluded.listingID, sku = excluded.sku,
                    quantity = excluded.quantity, expiresAtMs = excluded.expiresAtMs, state = excluded.state,
                    releaseReason = excluded.releaseReason
                """
        ).execute(arguments: [
            orderID.rawValue, listing.rawValue, sku, quantity, InventoryStore.milliseconds(expiresAt), stateText,
            reason?.rawValue,
        ])
    }
}

/// A stored row that the code cannot read back: a broken invariant of the store, never user input.
struct InventoryStoreError: Error, CustomStringConvertible {
    let what: String
    static func corrupt(_ what: String) -> InventoryStoreError { InventoryStoreError(what: what) }
    var description: String { "The inventory store holds an unreadable \(what)." }
}
