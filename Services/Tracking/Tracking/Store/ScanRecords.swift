import Contracts
import Foundation
import GRDB

/// The `scan` table: every carrier scan, keyed by carrier and the carrier's own scan id, which makes
/// `tracking.scan` idempotent (R10). Every statement is prepared once per connection and reads and binds its
/// columns by name.
enum ScanRecords {
    // MARK: - Reads

    /// The shipment a scan was recorded for, if the carrier reported this scan id before.
    static func shipment(ofScan scanID: String, carrierKey: String, in db: Database) throws -> PurchaseOrderID? {
        try String.fetchOne(
            db.cachedStatement(
                sql: "SELECT purchaseOrderID FROM scan WHERE carrierKey = :carrierKey AND scanID = :scanID"),
            arguments: ["carrierKey": carrierKey, "scanID": scanID]
        ).map(PurchaseOrderID.init(rawValue:))
    }

    /// A shipment's scans, oldest first.
    static func ofShipment(_ id: PurchaseOrderID, in db: Database) throws -> [ScanEntry] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: """
                    SELECT scanID, kind, location, atMs FROM scan WHERE purchaseOrderID = :id
                    ORDER BY atMs, rowid
                    """),
            arguments: ["id": id.rawValue]
        ).map { row in
            guard let kind = ScanKind(rawValue: row["kind"]) else {
                throw TrackingStoreError.corruptRow(table: "scan", key: row["scanID"], column: "kind")
            }
            return ScanEntry(
                scanID: row["scanID"], kind: kind, location: row["location"],
                at: DomainTime.date(milliseconds: row["atMs"]))
        }
    }

    // MARK: - Writes

    /// Records a scan the carrier reported as `carrierKey` for `shipment`.
    static func insert(_ scan: CarrierScan, carrierKey: String, of shipment: Shipment, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO scan(carrierKey, scanID, purchaseOrderID, orderID, kind, location, atMs)
                VALUES(:carrierKey, :scanID, :purchaseOrderID, :orderID, :kind, :location, :atMs)
                """
        ).execute(arguments: [
            "carrierKey": carrierKey, "scanID": scan.scanID, "purchaseOrderID": shipment.purchaseOrderID.rawValue,
            "orderID": shipment.orderID.rawValue, "kind": scan.kind.rawValue, "location": scan.location,
            "atMs": DomainTime.milliseconds(scan.at),
        ])
    }
}
