import Contracts
import GRDB

/// Reads and writes the `supplierBehaviour` table: the behaviours set per supplier at run time, each a JSON
/// document.
enum SupplierBehaviourRecords {
    // MARK: - Reads

    /// The supplier's own behaviour, if one was set.
    static func find(of supplierID: SupplierID, in db: Database) throws -> SupplierBehaviour? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM supplierBehaviour WHERE supplierID = :supplierID"),
            arguments: ["supplierID": supplierID.rawValue]
        ).map { try StoredDocument.decode(SupplierBehaviour.self, $0) }
    }

    /// Every behaviour set, by supplier id.
    static func all(in db: Database) throws -> [(SupplierID, SupplierBehaviour)] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT supplierID, document FROM supplierBehaviour ORDER BY supplierID")
        ).map { row in
            (
                SupplierID(rawValue: row["supplierID"]),
                try StoredDocument.decode(SupplierBehaviour.self, row["document"])
            )
        }
    }

    // MARK: - Writes

    /// Sets the supplier's behaviour, replacing any before.
    static func set(_ behaviour: SupplierBehaviour, of supplierID: SupplierID, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO supplierBehaviour(supplierID, document) VALUES(:supplierID, :document)
                ON CONFLICT(supplierID) DO UPDATE SET document = excluded.document
                """
        ).execute(arguments: ["supplierID": supplierID.rawValue, "document": try StoredDocument.text(behaviour)])
    }

    /// Forgets the supplier's behaviour: it follows the defaults again.
    static func remove(of supplierID: SupplierID, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM supplierBehaviour WHERE supplierID = :supplierID")
            .execute(arguments: ["supplierID": supplierID.rawValue])
    }
}
