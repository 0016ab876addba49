import Contracts
import Foundation
import GRDB

/// Reads and writes a `Listing` as the domain counts it: its terms in `listing`, its units in `variation`, its
/// supplier reports in `supplierStock` and the reservations it was loaded with in `reservation`
/// (`ReservationRecords`).
///
/// Named for the stock a listing holds, not `ListingRecords`: `ListingRecord` is the catalogue's contract type,
/// which `CatalogRecords` keeps, and a listing's units are not that record.
///
/// A listing is loaded with only the reservations the operation reads (the order it is about), not its whole
/// history: every domain operation touches one order's reservation, and the units it moves are the variation's
/// counters, which are always loaded whole. An operation saves back only the rows it changed (`save(_:since:in:)`);
/// the catalogue writes the whole listing (`CatalogRecords.save(_:record:in:)`). Every statement an order's path
/// runs is prepared once per connection, and every column is read and bound by name.
enum StockRecords {
    /// The listing with its variations and supplier stock, holding `reservations` (rows of this listing).
    static func listing(_ id: ListingID, holding reservations: [Reservation] = [], in db: Database) throws
        -> Listing?
    {
        let arguments: StatementArguments = ["listingID": id.rawValue]
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(
                    sql: "SELECT merchantID, title, isActive, perOrderLimit FROM listing WHERE id = :listingID"),
                arguments: arguments)
        else { return nil }
        var variations: [Variation] = []
        let variationRows = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT sku, priceMinorUnits, currency, available, reserved, sold FROM variation
                    WHERE listingID = :listingID ORDER BY position
                    """),
            arguments: arguments)
        while let variationRow = try variationRows.next() {
            variations.append(try variation(variationRow))
        }
        let reports = try Row.fetchCursor(
            db.cachedStatement(
                sql: """
                    SELECT sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs FROM supplierStock
                    WHERE listingID = :listingID
                    """),
            arguments: arguments)
        while let report = try reports.next() {
            let sku: String = report["sku"]
            guard let index = variations.firstIndex(where: { $0.sku == sku }) else { continue }
            variations[index].supplierStock[SupplierID(rawValue: report["supplierID"])] = SupplierStock(
                quantity: report["quantity"], referenceLevel: report["referenceLevel"], isLow: report["isLow"],
                reportedAt: DomainTime.date(milliseconds: report["reportedAtMs"]))
        }
        var listing = try Listing(
            id: id, merchantID: MerchantID(rawValue: row["merchantID"]), title: row["title"],
            isActive: row["isActive"], perOrderLimit: row["perOrderLimit"], variations: variations)
        for reservation in reservations {
            listing.reservations[reservation.orderID] = reservation
        }
        return listing
    }

    /// The listing that holds `orderID`'s reservation, loaded with it; nil when the order reserved nothing.
    static func listing(reservedBy orderID: OrderID, in db: Database) throws -> Listing? {
        guard let held = try ReservationRecords.reservation(of: orderID, in: db) else { return nil }
        return try listing(held.listingID, holding: [held.reservation], in: db)
    }

    /// Writes what an operation changed since the listing was `loaded`: its terms, a variation's price and units,
    /// a supplier's report or a reservation, each only if it differs.
    static func save(_ listing: Listing, since loaded: Listing, in db: Database) throws {
        if listing.title != loaded.title || listing.isActive != loaded.isActive
            || listing.perOrderLimit != loaded.perOrderLimit
        {
            try db.cachedStatement(
                sql: """
                    UPDATE listing SET title = :title, isActive = :isActive, perOrderLimit = :perOrderLimit
                    WHERE id = :id
                    """
            ).execute(arguments: [
                "title": listing.title, "isActive": listing.isActive, "perOrderLimit": listing.perOrderLimit,
                "id": listing.id.rawValue,
            ])
        }
        try saveRows(of: listing, since: loaded, in: db)
    }

    /// Writes the variations, supplier reports and reservations that differ from `loaded`'s (all without it).
    static func saveRows(of listing: Listing, since loaded: Listing?, in db: Database) throws {
        for (position, variation) in listing.variations.enumerated() {
            let before = loaded.flatMap { $0.variations.indices.contains(position) ? $0.variations[position] : nil }
            guard let before, before.sku == variation.sku else {
                try upsert(variation, of: listing.id, at: position, in: db)
                continue
            }
            if before.price != variation.price || before.available != variation.available
                || before.reserved != variation.reserved || before.sold != variation.sold
            {
                try db.cachedStatement(
                    sql: """
                        UPDATE variation SET priceMinorUnits = :priceMinorUnits, currency = :currency,
                            available = :available, reserved = :reserved, sold = :sold
                        WHERE listingID = :listingID AND sku = :sku
                        """
                ).execute(arguments: unitArguments(variation, of: listing.id))
            }
            for (supplier, report) in variation.supplierStock where before.supplierStock[supplier] != report {
                try save(report, of: supplier, listing: listing.id, sku: variation.sku, in: db)
            }
        }
        for reservation in listing.reservations.values {
            if let before = loaded?.reservations[reservation.orderID] {
                if before != reservation { try ReservationRecords.update(reservation, in: db) }
            } else {
                try ReservationRecords.save(reservation, listing: listing.id, in: db)
            }
        }
    }

    /// Creates or replaces a variation at `position`, with all its supplier reports.
    private static func upsert(_ variation: Variation, of listing: ListingID, at position: Int, in db: Database)
        throws
    {
        var arguments = unitArguments(variation, of: listing)
        arguments += ["position": position]
        try db.cachedStatement(
            sql: """
                INSERT INTO variation(listingID, sku, position, priceMinorUnits, currency, available, reserved, sold)
                VALUES(:listingID, :sku, :position, :priceMinorUnits, :currency, :available, :reserved, :sold)
                ON CONFLICT(listingID, sku) DO UPDATE SET position = excluded.position,
                    priceMinorUnits = excluded.priceMinorUnits, currency = excluded.currency,
                    available = excluded.available, reserved = excluded.reserved, sold = excluded.sold
                """
        ).execute(arguments: arguments)
        for (supplier, report) in variation.supplierStock {
            try save(report, of: supplier, listing: listing, sku: variation.sku, in: db)
        }
    }

    /// A variation's key, price and units, by column name.
    private static func unitArguments(_ variation: Variation, of listing: ListingID) -> StatementArguments {
        [
            "listingID": listing.rawValue, "sku": variation.sku, "priceMinorUnits": variation.price.minorUnits,
            "currency": variation.price.currency.code, "available": variation.available,
            "reserved": variation.reserved, "sold": variation.sold,
        ]
    }

    /// Creates or replaces one supplier's report for `sku`.
    private static func save(
        _ report: SupplierStock, of supplier: SupplierID, listing: ListingID, sku: String, in db: Database
    ) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO supplierStock(listingID, sku, supplierID, quantity, referenceLevel, isLow, reportedAtMs)
                VALUES(:listingID, :sku, :supplierID, :quantity, :referenceLevel, :isLow, :reportedAtMs)
                ON CONFLICT(listingID, sku, supplierID) DO UPDATE SET quantity = excluded.quantity,
                    referenceLevel = excluded.referenceLevel, isLow = excluded.isLow,
                    reportedAtMs = excluded.reportedAtMs
                """
        ).execute(arguments: [
            "listingID": listing.rawValue, "sku": sku, "supplierID": supplier.rawValue, "quantity": report.quantity,
            "referenceLevel": report.referenceLevel, "isLow": report.isLow,
            "reportedAtMs": DomainTime.milliseconds(report.reportedAt),
        ])
    }

    /// A `variation` row as `listing(_:holding:in:)` selects it.
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
