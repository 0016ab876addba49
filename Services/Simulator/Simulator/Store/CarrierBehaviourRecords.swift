import Contracts
import GRDB

/// Reads and writes the `carrierBehaviour` table: the behaviours set per carrier at run time, each a JSON document,
/// keyed by the carrier's name without regard to case.
enum CarrierBehaviourRecords {
    // MARK: - Reads

    /// The carrier's own behaviour, if one was set, with the carrier's name as it was set.
    static func find(carrier: String, in db: Database) throws -> (carrier: String, behaviour: CarrierBehaviour)? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT carrier, document FROM carrierBehaviour WHERE carrier = :carrier"),
            arguments: ["carrier": carrier]
        ).map { row in (row["carrier"], try StoredDocument.decode(CarrierBehaviour.self, row["document"])) }
    }

    /// Every behaviour set, by carrier name.
    static func all(in db: Database) throws -> [(carrier: String, behaviour: CarrierBehaviour)] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT carrier, document FROM carrierBehaviour ORDER BY carrier")
        ).map { row in (row["carrier"], try StoredDocument.decode(CarrierBehaviour.self, row["document"])) }
    }

    // MARK: - Writes

    /// Sets the carrier's behaviour, replacing any before (under whatever case its name was set in).
    static func set(_ behaviour: CarrierBehaviour, of carrier: String, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO carrierBehaviour(carrier, document) VALUES(:carrier, :document)
                ON CONFLICT(carrier) DO UPDATE SET carrier = excluded.carrier, document = excluded.document
                """
        ).execute(arguments: ["carrier": carrier, "document": try StoredDocument.text(behaviour)])
    }

    /// Forgets the carrier's behaviour: it follows the defaults again.
    static func remove(of carrier: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM carrierBehaviour WHERE carrier = :carrier")
            .execute(arguments: ["carrier": carrier])
    }
}
