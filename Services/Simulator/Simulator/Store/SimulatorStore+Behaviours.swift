import Contracts
import GRDB

/// The `supplierBehaviour` table: the behaviours set per supplier at run time.
extension SimulatorStore {
    // MARK: - Reads

    /// The supplier's own behaviour, if one was set.
    static func behaviour(of supplierID: SupplierID, in db: Database) throws -> SupplierBehaviour? {
        try String.fetchOne(
            db, sql: "SELECT document FROM supplierBehaviour WHERE supplierID = ?", arguments: [supplierID.rawValue]
        ).map { try decode(SupplierBehaviour.self, $0) }
    }

    /// Every behaviour set, by supplier id.
    static func behaviours(in db: Database) throws -> [(SupplierID, SupplierBehaviour)] {
        try Row.fetchAll(db, sql: "SELECT supplierID, document FROM supplierBehaviour ORDER BY supplierID").map {
            (SupplierID(rawValue: $0[0]), try decode(SupplierBehaviour.self, $0[1]))
        }
    }

    // MARK: - Writes

    /// Sets the supplier's behaviour, replacing any before.
    static func setBehaviour(_ behaviour: SupplierBehaviour, of supplierID: SupplierID, in db: Database) throws {
        try db.execute(
            sql: """
                INSERT INTO supplierBehaviour(supplierID, document) VALUES(?, ?)
                ON CONFLICT(supplierID) DO UPDATE SET document = excluded.document
                """,
            arguments: [supplierID.rawValue, try encode(behaviour)])
    }

    /// Forgets the supplier's behaviour: it follows the defaults again.
    static func removeBehaviour(of supplierID: SupplierID, in db: Database) throws {
        try db.execute(sql: "DELETE FROM supplierBehaviour WHERE supplierID = ?", arguments: [supplierID.rawValue])
    }
}
