import Contracts
import GRDB

/// The `scorecard` table: one `SupplierScorecard` per supplier, as JSON, counted from this partition's purchase
/// orders (R7).
enum ScorecardRecords {
    /// The cards of `suppliers` that have one.
    static func scorecards(_ suppliers: [SupplierID], in db: Database) throws -> [SupplierID: SupplierScorecard] {
        var cards: [SupplierID: SupplierScorecard] = [:]
        for supplier in suppliers {
            cards[supplier] = try scorecard(supplier, in: db)
        }
        return cards
    }

    /// The supplier's card, nil when no purchase order of this partition went to it.
    static func scorecard(_ supplier: SupplierID, in db: Database) throws -> SupplierScorecard? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM scorecard WHERE supplierID = :supplierID"),
            arguments: ["supplierID": supplier.rawValue]
        ).map { try StoreCoding.decode(SupplierScorecard.self, json: $0["document"]) }
    }

    /// Every card of the partition.
    static func all(in db: Database) throws -> [SupplierID: SupplierScorecard] {
        var cards: [SupplierID: SupplierScorecard] = [:]
        let rows = try Row.fetchCursor(db.cachedStatement(sql: "SELECT supplierID, document FROM scorecard"))
        while let row = try rows.next() {
            cards[SupplierID(rawValue: row["supplierID"])] = try StoreCoding.decode(
                SupplierScorecard.self, json: row["document"])
        }
        return cards
    }

    /// Inserts or replaces the supplier's card.
    static func save(_ card: SupplierScorecard, of supplier: SupplierID, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO scorecard(supplierID, document) VALUES(:supplierID, :document)
                ON CONFLICT(supplierID) DO UPDATE SET document = excluded.document
                """
        ).execute(arguments: ["supplierID": supplier.rawValue, "document": try StoreCoding.json(card)])
    }
}
