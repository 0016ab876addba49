import Contracts
import GRDB

/// The `purchaseOrderDocument` table: each purchase order's documents (`PurchaseOrderDocuments`) kept as they
/// were sent to the supplier (R6, R9), one row per kind and language. Named after the table, not
/// `DocumentRecords`, which would read as a list of the contract's `DocumentRecord` (one document as sent).
enum PurchaseOrderDocumentRecords {
    /// Keeps `documents` for `purchaseOrder`; storing them again (a redelivered input) changes nothing.
    static func save(_ documents: [DocumentRecord], of purchaseOrder: PurchaseOrderID, in db: Database) throws {
        let statement = try db.cachedStatement(
            sql: """
                INSERT INTO purchaseOrderDocument(purchaseOrderID, kind, language, html, json)
                VALUES(:purchaseOrderID, :kind, :language, :html, :json)
                ON CONFLICT DO NOTHING
                """)
        for document in documents {
            try statement.execute(arguments: [
                "purchaseOrderID": purchaseOrder.rawValue, "kind": document.kind, "language": document.language,
                "html": document.html, "json": document.json,
            ])
        }
    }

    /// The purchase order's documents in the order they were made.
    static func documents(of purchaseOrder: PurchaseOrderID, in db: Database) throws -> [DocumentRecord] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT kind, language, html, json FROM purchaseOrderDocument
                    WHERE purchaseOrderID = :purchaseOrderID ORDER BY rowid
                    """),
            arguments: ["purchaseOrderID": purchaseOrder.rawValue]
        ).map { DocumentRecord(kind: $0["kind"], language: $0["language"], html: $0["html"], json: $0["json"]) }
    }
}
