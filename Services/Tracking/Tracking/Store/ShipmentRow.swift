import Contracts
import Foundation
import GRDB

/// A `Shipment` to and from a `shipment` row, column by column by name (`ShipmentRecords`).
enum ShipmentRow {
    /// The shipment a row holds.
    static func shipment(_ row: Row) throws -> Shipment {
        let key: String = row["purchaseOrderID"]
        func country(_ column: String) throws -> CountryCode? {
            guard let code: String = row[column] else { return nil }
            guard let country = CountryCode(code) else {
                throw TrackingStoreError.corruptRow(table: "shipment", key: key, column: column)
            }
            return country
        }
        func enumeration<Value: RawRepresentable<String>>(_ column: String) throws -> Value? {
            guard let raw: String = row[column] else { return nil }
            guard let value = Value(rawValue: raw) else {
                throw TrackingStoreError.corruptRow(table: "shipment", key: key, column: column)
            }
            return value
        }
        func date(_ column: String) -> Date? { (row[column] as Int64?).map(DomainTime.date(milliseconds:)) }
        var shipment = Shipment(
            orderID: OrderID(rawValue: row["orderID"]), purchaseOrderID: PurchaseOrderID(rawValue: key),
            merchantID: MerchantID(rawValue: row["merchantID"]), supplierID: SupplierID(rawValue: row["supplierID"]),
            carrier: row["carrier"], trackingNumber: row["trackingNumber"],
            choice: try (row["choice"] as String?).map { try StoredJSON.decode(ShippingChoice.self, $0) },
            origin: try country("origin"), destination: try country("destination"),
            releasedAt: DomainTime.date(milliseconds: row["releasedAtMs"]),
            shippedAt: DomainTime.date(milliseconds: row["shippedAtMs"]),
            expectedDelivery: DeliveryWindow(
                earliest: DomainTime.date(milliseconds: row["expectedEarliestMs"]),
                latest: DomainTime.date(milliseconds: row["expectedLatestMs"]), basis: row["expectedBasis"]))
        shipment.isCarrierMismatch = row["isCarrierMismatch"]
        shipment.isRegistered = row["isRegistered"]
        shipment.latestScan = try enumeration("latestScan")
        shipment.lastHeardAt = DomainTime.date(milliseconds: row["lastHeardAtMs"])
        shipment.firstScanAt = date("firstScanAtMs")
        shipment.isConfirmedWithinDeadline = row["isConfirmedWithinDeadline"]
        shipment.isConfirmedWithinEligibilityWindow = row["isConfirmedWithinEligibilityWindow"]
        shipment.deliveredAt = date("deliveredAtMs")
        shipment.deliveryEvidence = try enumeration("deliveryEvidence")
        shipment.stalledAt = date("stalledAtMs")
        return shipment
    }

    /// Every column's argument, for an insert.
    static func arguments(_ shipment: Shipment) throws -> StatementArguments {
        var arguments = progressArguments(shipment)
        arguments += [
            "orderID": shipment.orderID.rawValue, "merchantID": shipment.merchantID.rawValue,
            "supplierID": shipment.supplierID.rawValue, "carrier": shipment.carrier,
            "carrierKey": Shipment.carrierKey(shipment.carrier), "trackingNumber": shipment.trackingNumber,
            "choice": try shipment.choice.map(StoredJSON.encode), "isCarrierMismatch": shipment.isCarrierMismatch,
            "origin": shipment.origin?.code, "releasedAtMs": DomainTime.milliseconds(shipment.releasedAt),
            "shippedAtMs": DomainTime.milliseconds(shipment.shippedAt),
            "expectedEarliestMs": DomainTime.milliseconds(shipment.expectedDelivery.earliest),
            "expectedLatestMs": DomainTime.milliseconds(shipment.expectedDelivery.latest),
            "expectedBasis": shipment.expectedDelivery.basis,
        ]
        return arguments
    }

    /// The arguments of the columns the domain changes after the shipment, keyed by purchase order.
    static func progressArguments(_ shipment: Shipment) -> StatementArguments {
        [
            "purchaseOrderID": shipment.purchaseOrderID.rawValue, "destination": shipment.destination?.code,
            "isRegistered": shipment.isRegistered, "latestScan": shipment.latestScan?.rawValue,
            "lastHeardAtMs": DomainTime.milliseconds(shipment.lastHeardAt),
            "firstScanAtMs": shipment.firstScanAt.map(DomainTime.milliseconds),
            "isConfirmedWithinDeadline": shipment.isConfirmedWithinDeadline,
            "isConfirmedWithinEligibilityWindow": shipment.isConfirmedWithinEligibilityWindow,
            "deliveredAtMs": shipment.deliveredAt.map(DomainTime.milliseconds),
            "deliveryEvidence": shipment.deliveryEvidence?.rawValue,
            "stalledAtMs": shipment.stalledAt.map(DomainTime.milliseconds),
        ]
    }
}
