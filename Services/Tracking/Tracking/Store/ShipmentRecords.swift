import Contracts
import Foundation
import GRDB

/// The `shipment` table: one `Shipment` per shipped purchase order, in columns, its choice as JSON (R9-R11).
/// Every statement is prepared once per connection and reads and binds its columns by name.
enum ShipmentRecords {
    private static let columns = """
        purchaseOrderID, orderID, merchantID, supplierID, carrier, carrierKey, trackingNumber, choice, \
        isCarrierMismatch, origin, destination, releasedAtMs, shippedAtMs, expectedEarliestMs, expectedLatestMs, \
        expectedBasis, isRegistered, latestScan, lastHeardAtMs, firstScanAtMs, isConfirmedWithinDeadline, \
        isConfirmedWithinEligibilityWindow, deliveredAtMs, deliveryEvidence, stalledAtMs
        """

    // MARK: - Reads

    /// The shipments with this normalised tracking number, of any carrier.
    static func withNumber(_ trackingNumber: String, in db: Database) throws -> [Shipment] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT \(columns) FROM shipment WHERE trackingNumber = :number"),
            arguments: ["number": trackingNumber]
        ).map(ShipmentRow.shipment)
    }

    /// The order's shipments, the first shipped first (a reshipment comes after its original).
    static func ofOrder(_ orderID: OrderID, in db: Database) throws -> [Shipment] {
        try Row.fetchAll(
            db.cachedStatement(
                sql: "SELECT \(columns) FROM shipment WHERE orderID = :orderID ORDER BY shippedAtMs, purchaseOrderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map(ShipmentRow.shipment)
    }

    /// The shipment of a purchase order.
    static func find(_ id: PurchaseOrderID, in db: Database) throws -> Shipment? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT \(columns) FROM shipment WHERE purchaseOrderID = :id"),
            arguments: ["id": id.rawValue]
        ).map(ShipmentRow.shipment)
    }

    // MARK: - Writes

    /// Stores a new shipment. Returns false, changing nothing, when its purchase order already had one.
    /// - Throws: a constraint error when another purchase order has the same carrier and tracking number.
    static func insert(_ shipment: Shipment, in db: Database) throws -> Bool {
        let names = columns.split(separator: ",").map { ":" + $0.trimmingCharacters(in: .whitespaces) }
        try db.cachedStatement(
            sql: """
                INSERT INTO shipment(\(columns)) VALUES(\(names.joined(separator: ", ")))
                ON CONFLICT(purchaseOrderID) DO NOTHING
                """
        ).execute(arguments: try ShipmentRow.arguments(shipment))
        return db.changesCount > 0
    }

    /// Saves what the domain changes on a shipment: registration, scans, delivery, stall.
    static func update(_ shipment: Shipment, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                UPDATE shipment SET destination = :destination, isRegistered = :isRegistered, latestScan = :latestScan,
                    lastHeardAtMs = :lastHeardAtMs, firstScanAtMs = :firstScanAtMs,
                    isConfirmedWithinDeadline = :isConfirmedWithinDeadline,
                    isConfirmedWithinEligibilityWindow = :isConfirmedWithinEligibilityWindow,
                    deliveredAtMs = :deliveredAtMs, deliveryEvidence = :deliveryEvidence, stalledAtMs = :stalledAtMs
                WHERE purchaseOrderID = :purchaseOrderID
                """
        ).execute(arguments: ShipmentRow.progressArguments(shipment))
    }
}
