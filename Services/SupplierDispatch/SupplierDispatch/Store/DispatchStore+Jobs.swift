import Contracts
import Foundation
import GRDB

/// The partition's dispatch jobs, released orders waiting for their listing, and supplier scorecards.
extension DispatchStore {
    // MARK: - Jobs

    static func job(_ orderID: OrderID, in db: Database) throws -> DispatchJob? {
        try String.fetchOne(
            db, sql: "SELECT document FROM dispatchJob WHERE orderID = ?", arguments: [orderID.rawValue]
        ).map { try decode(DispatchJob.self, $0) }
    }

    /// Inserts or replaces the job, with its status for listing.
    static func save(_ job: DispatchJob, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO dispatchJob(orderID, merchantID, state, releasedAtMs, document) VALUES(?, ?, ?, ?, ?)
                ON CONFLICT(orderID) DO UPDATE SET state = excluded.state, document = excluded.document
                """
        ).execute(arguments: [
            job.orderID.rawValue, job.order.merchantID.rawValue, job.status.rawValue,
            DomainTime.milliseconds(job.order.releasedAt), try encode(job),
        ])
    }

    /// Jobs, oldest release first, optionally in one status only.
    static func jobs(status: DispatchStatus?, limit: Int, in db: Database) throws -> [DispatchJob] {
        let rows =
            if let status {
                try String.fetchAll(
                    db,
                    sql: "SELECT document FROM dispatchJob WHERE state = ? ORDER BY releasedAtMs, orderID LIMIT ?",
                    arguments: [status.rawValue, limit])
            } else {
                try String.fetchAll(
                    db, sql: "SELECT document FROM dispatchJob ORDER BY releasedAtMs, orderID LIMIT ?",
                    arguments: [limit])
            }
        return try rows.map { try decode(DispatchJob.self, $0) }
    }

    /// How many jobs are in each status.
    static func jobCounts(in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT state, COUNT(*) AS n FROM dispatchJob GROUP BY state") {
            counts[row["state"]] = row["n"]
        }
        return counts
    }

    // MARK: - Released orders waiting for their listing

    /// Parks a released order whose listing the partition has not seen yet (the `inventory` stream lags).
    static func park(_ order: UnfulfilledOrder, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO parkedRelease(orderID, listingID, document) VALUES(?, ?, ?)
                ON CONFLICT(orderID) DO NOTHING
                """,
            arguments: [order.orderID.rawValue, order.listingID.rawValue, try encode(order)])
    }

    /// Takes out the orders parked for `listing`.
    static func unpark(listing: ListingID, in db: Database) throws -> [UnfulfilledOrder] {
        let orders = try String.fetchAll(
            db, sql: "SELECT document FROM parkedRelease WHERE listingID = ? ORDER BY orderID",
            arguments: [listing.rawValue]
        ).map { try decode(UnfulfilledOrder.self, $0) }
        try db.execute(sql: "DELETE FROM parkedRelease WHERE listingID = ?", arguments: [listing.rawValue])
        return orders
    }

    static func isParked(_ orderID: OrderID, in db: Database) throws -> Bool {
        try Bool.fetchOne(
            db, sql: "SELECT 1 FROM parkedRelease WHERE orderID = ?", arguments: [orderID.rawValue]) ?? false
    }

    static func unpark(order orderID: OrderID, in db: Database) throws {
        try db.execute(sql: "DELETE FROM parkedRelease WHERE orderID = ?", arguments: [orderID.rawValue])
    }

    // MARK: - Scorecards

    static func scorecards(_ suppliers: [SupplierID], in db: Database) throws -> [SupplierID: SupplierScorecard] {
        var cards: [SupplierID: SupplierScorecard] = [:]
        for supplier in suppliers {
            cards[supplier] = try scorecard(supplier, in: db)
        }
        return cards
    }

    static func scorecard(_ supplier: SupplierID, in db: Database) throws -> SupplierScorecard? {
        try String.fetchOne(
            db, sql: "SELECT document FROM scorecard WHERE supplierID = ?", arguments: [supplier.rawValue]
        ).map { try decode(SupplierScorecard.self, $0) }
    }

    static func allScorecards(in db: Database) throws -> [SupplierID: SupplierScorecard] {
        var cards: [SupplierID: SupplierScorecard] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT supplierID, document FROM scorecard") {
            cards[SupplierID(rawValue: row["supplierID"])] = try decode(SupplierScorecard.self, row["document"])
        }
        return cards
    }

    static func save(_ card: SupplierScorecard, of supplier: SupplierID, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO scorecard(supplierID, document) VALUES(?, ?)
                ON CONFLICT(supplierID) DO UPDATE SET document = excluded.document
                """
        ).execute(arguments: [supplier.rawValue, try encode(card)])
    }
}
