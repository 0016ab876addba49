import Contracts
import Foundation
import GRDB

/// Reading and writing a `Listing` in the `listing`, `variation`, `supplierStock` and `reservation` tables.
///
/// A listing is loaded with only the reservations the operation reads (the order it is about), not its whole
/// history: every domain operation touches one order's reservation, and the units it moves are the
/// variation's counters, which are always loaded whole. An operation saves back only the rows it changed
/// (`save(since:in:)`); the catalogue writes the whole listing (`save(record:in:)`). Every statement an order's
/// path runs is prepared once per connection, and rows are read by position.
extension Listing {
    /// The listing with its variations and supplier stock, holding `reservations` (rows of this listing).
    static func fetch(_ id: ListingID, with reservations: [Reservation] = [], in db: Database) throws -> Listing? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT merchantID, title, isActive, perOrderLimit FROM listing WHERE id = ?"),
                arguments: [id.rawValue])
        else { return nil }
        var variations: [Variation] = []
        let variationRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT sku, priceMinorUnits, currency, available, reserved, sold FROM variation
                    WHERE listingID = ? ORDER BY position
                    """),
            arguments: [id.rawValue])
        while let variationRow = try variationRows.next() {
            variations.append(try variation(variationRow))
        }
        let reports = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs FROM supplierStock
                    WHERE listingID = ?
                    """),
            arguments: [id.rawValue])
        while let report = try reports.next() {
            let sku: String = report[0]
            guard let index = variations.firstIndex(where: { $0.sku == sku }) else { continue }
            variations[index].supplierStock[SupplierID(rawValue: report[1])] = SupplierStock(
                quantity: report[2], referenceLevel: report[3], isLow: report[4],
                reportedAt: DomainTime.date(milliseconds: report[5]))
        }
        var listing = try Listing(
            id: id, merchantID: MerchantID(rawValue: row[0]), title: row[1], isActive: row[2], perOrderLimit: row[3],
            variations: variations)
        for reservation in reservations {
            listing.reservations[reservation.orderID] = reservation
        }
        return listing
    }

    /// The listing that holds `orderID`'s reservation, loaded with it; nil when the order reserved nothing.
    static func fetch(reservedBy orderID: OrderID, in db: Database) throws -> Listing? {
        guard let held = try Reservation.fetch(orderID, in: db) else { return nil }
        return try fetch(held.listingID, with: [held.reservation], in: db)
    }

    /// Writes the listing as the catalogue loads it: its terms with `record` (the merged catalogue record), and
    /// every variation, supplier report and loaded reservation.
    func save(record: ListingRecord, in db: Database) throws {
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
        try saveRows(since: nil, in: db)
    }

    /// Writes what an operation changed since the listing was `loaded`: its terms, a variation's price and units,
    /// a supplier's report or a reservation, each only if it differs.
    func save(since loaded: Listing, in db: Database) throws {
        if title != loaded.title || isActive != loaded.isActive || perOrderLimit != loaded.perOrderLimit {
            try db.cachedStatement(sql: "UPDATE listing SET title = ?, isActive = ?, perOrderLimit = ? WHERE id = ?")
                .execute(arguments: [title, isActive, perOrderLimit, id.rawValue])
        }
        try saveRows(since: loaded, in: db)
    }

    /// Writes the variations, supplier reports and reservations that differ from `loaded`'s (all without it).
    private func saveRows(since loaded: Listing?, in db: Database) throws {
        for (position, variation) in variations.enumerated() {
            let before = loaded.flatMap { $0.variations.indices.contains(position) ? $0.variations[position] : nil }
            guard let before, before.sku == variation.sku else {
                try upsert(variation, at: position, in: db)
                continue
            }
            if before.price != variation.price || before.available != variation.available
                || before.reserved != variation.reserved || before.sold != variation.sold
            {
                try db.cachedStatement(
                    sql: """
                        UPDATE variation SET priceMinorUnits = ?, currency = ?, available = ?, reserved = ?, sold = ?
                        WHERE listingID = ? AND sku = ?
                        """
                ).execute(arguments: [
                    variation.price.minorUnits, variation.price.currency.code, variation.available,
                    variation.reserved, variation.sold, id.rawValue, variation.sku,
                ])
            }
            for (supplier, report) in variation.supplierStock where before.supplierStock[supplier] != report {
                try save(report, of: supplier, sku: variation.sku, in: db)
            }
        }
        for reservation in reservations.values {
            if let before = loaded?.reservations[reservation.orderID] {
                if before != reservation { try reservation.update(in: db) }
            } else {
                try reservation.save(listing: id, in: db)
            }
        }
    }

    /// Creates or replaces a variation at `position`, with all its supplier reports.
    private func upsert(_ variation: Variation, at position: Int, in db: Database) throws {
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
            try save(report, of: supplier, sku: variation.sku, in: db)
        }
    }

    /// Creates or replaces one supplier's report for `sku`.
    private func save(_ report: SupplierStock, of supplier: SupplierID, sku: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO supplierStock(listingID, sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs)
                VALUES(?, ?, ?, ?, ?, ?, ?)
                ON CONFLICT(listingID, sku, supplierID) DO UPDATE SET quantity = excluded.quantity,
                    referenceLevel = excluded.referenceLevel, isLow = excluded.isLow,
                    reportedAtMs = excluded.reportedAtMs
                """
        ).execute(arguments: [
            id.rawValue, sku, supplier.rawValue, report.quantity, report.referenceLevel, report.isLow,
            DomainTime.milliseconds(report.reportedAt),
        ])
    }

    /// A `variation` row read from `sku` on, in the order `fetch` selects.
    private static func variation(_ row: Row) throws -> Variation {
        let code: String = row[2]
        guard let currency = CurrencyCode(code) else { throw InventoryStoreError.corrupt("currency \(code)") }
        var variation = Variation(
            sku: row[0], price: Money(minorUnits: row[1], currency: currency), available: row[3])
        variation.reserved = row[4]
        variation.sold = row[5]
        return variation
    }
}

/// A stored row that the code cannot read back: a broken invariant of the store, never user input.
struct InventoryStoreError: Error, CustomStringConvertible {
    let what: String
    static func corrupt(_ what: String) -> InventoryStoreError { InventoryStoreError(what: what) }
    var description: String { "The inventory store holds an unreadable \(what)." }
}
