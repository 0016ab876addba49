import Contracts
import Foundation
import GRDB

/// The documents of each purchase order, kept as they were sent to the supplier (R6, R9).
extension DispatchStore {
    /// Keeps `documents` for `purchaseOrder`; storing them again (a redelivered input) changes nothing.
    static func save(_ documents: [DocumentRecord], of purchaseOrder: PurchaseOrderID, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO purchaseOrderDocument(purchaseOrderID, kind, language, html, json) VALUES(?, ?, ?, ?, ?)
                ON CONFLICT DO NOTHING
                """)
        for document in documents {
            try statement.execute(arguments: [
                purchaseOrder.rawValue, document.kind, document.language, document.html, document.json,
            ])
        }
    }

    /// The purchase order's documents in the order they were made.
    static func documents(of purchaseOrder: PurchaseOrderID, in db: Database) throws -> [DocumentRecord] {
        try Row.fetchAll(
            db,
            sql:
                "SELECT kind, language, html, json FROM purchaseOrderDocument WHERE purchaseOrderID = ? ORDER BY rowid",
            arguments: [purchaseOrder.rawValue]
        ).map { DocumentRecord(kind: $0["kind"], language: $0["language"], html: $0["html"], json: $0["json"]) }
    }
}
