import Contracts
import GRDB

/// Reads and writes the `parcel` table: one `SimulatedParcel` per tracking number registered (a JSON document),
/// with its carrier, purchase order and fate in columns.
enum ParcelRecords {
    /// The parcel with this tracking number (any case, spaces ignored), if it was registered.
    static func find(trackingNumber: String, in db: Database) throws -> SimulatedParcel? {
        try String.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM parcel WHERE trackingNumber = :trackingNumber"),
            arguments: ["trackingNumber": SimulatedParcel.key(of: trackingNumber)]
        ).map { try StoredDocument.decode(SimulatedParcel.self, $0) }
    }

    /// Inserts the parcel; one already registered under the same tracking number is kept.
    static func insert(_ parcel: SimulatedParcel, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO parcel(trackingNumber, carrier, purchaseOrderID, fate, document)
                VALUES(:trackingNumber, :carrier, :purchaseOrderID, :fate, :document)
                ON CONFLICT(trackingNumber) DO NOTHING
                """
        ).execute(arguments: [
            "trackingNumber": SimulatedParcel.key(of: parcel.trackingNumber), "carrier": parcel.carrier,
            "purchaseOrderID": parcel.purchaseOrderID.rawValue, "fate": parcel.journey.fate.rawValue,
            "document": try StoredDocument.text(parcel),
        ])
    }
}
