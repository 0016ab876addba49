import Contracts
import Foundation
import GRDB
import InputRules
import ServiceKit

/// Tracking's RPCs (R8-R11). Every refusal names its field.
///
/// - `tracking.scan` `ScanReport` → `ScanReceipt`: `invalid_request` on `carrier`, `trackingNumber`, `scanID` or
///   `location` when empty or too long; `not_found` on `trackingNumber` when no parcel shipped with that carrier has
///   the number; `invalid_request` on `carrier` when the parcel travels with another carrier. A repeated scan id
///   answers as the first report did, with `isNew` false, and publishes nothing. Scans commit in groups
///   (`GroupCommitWriter`): reports arriving while a transaction commits share the next one.
/// - `tracking.show` `OrderReference` → `ShipmentView`; `not_found` on `orderID` for an order neither released nor
///   shipped.
/// - `tracking.lanes` `{}` → `LaneList`.
/// - `tracking.infractions` `InfractionListRequest` → `InfractionList`.
struct TrackingMethods: Sendable {
    let store: any DatabaseWriter
    let committer: GroupCommitWriter
    let desk: ShipmentDesk

    init(store: any DatabaseWriter, desk: ShipmentDesk) {
        self.store = store
        self.committer = GroupCommitWriter(writer: store)
        self.desk = desk
    }

    /// A carrier's name, as the ship report and the mesh config write it.
    static let carrierRule = TextRule(maxLength: 100, isRequired: true)
    /// The carrier's own id of a scan event.
    static let scanIDRule = TextRule(maxLength: 100, isRequired: true)
    /// Where the carrier scanned, as it writes it.
    static let locationRule = TextRule(maxLength: 120, isRequired: false)
    /// The longest tracking number, normalised.
    static let maximumTrackingNumberLength = 40

    /// The four methods.
    var router: RPCRouter {
        var router = RPCRouter()
        router.register("tracking.scan", params: ScanReport.self) { report in try await scan(report) }
        router.register("tracking.show", params: OrderReference.self) { request in try await show(request.orderID) }
        router.register("tracking.lanes", params: Empty.self) { [store, desk] _ in
            let lanes = try await store.read { try LaneRecords.all(in: $0) }
            return LaneList(lanes: lanes.map { LaneView($0, minimumParcels: desk.settings.laneMinimumParcels) })
        }
        router.register("tracking.infractions", params: InfractionListRequest.self) { [store] request in
            if let merchantID = request.merchantID, let refusal = IdentifierRule.refusal(of: merchantID.rawValue) {
                throw RPCFailure.invalidRequest(refusal, field: "merchantID")
            }
            let infractions = try await store.read { try InfractionRecords.all(merchantID: request.merchantID, in: $0) }
            return InfractionList(infractions: infractions)
        }
        return router
    }

    /// Checks the report, then records it in a transaction shared with the reports arriving meanwhile.
    private func scan(_ report: ScanReport) async throws -> ScanReceipt {
        let carrier = try Self.checked(report.carrier, Self.carrierRule, field: "carrier")
        let scanID = try Self.checked(report.scanID, Self.scanIDRule, field: "scanID")
        let location = try Self.checked(report.location, Self.locationRule, field: "location")
        let number = TrackingNumberFormat.normalised(report.trackingNumber)
        guard !number.isEmpty else { throw RPCFailure.invalidRequest("is required", field: "trackingNumber") }
        guard number.count <= Self.maximumTrackingNumberLength else {
            throw RPCFailure.invalidRequest(
                "is longer than \(Self.maximumTrackingNumberLength) characters", field: "trackingNumber")
        }
        let (desk, kind, cause) = (desk, report.kind, report.at)
        do {
            return try await committer.write { db in
                try desk.clock.stamping(after: cause, in: db) {
                    let now = DomainTime.rounded(try desk.clock.now(in: db))
                    return try desk.scan(
                        carrier: carrier, trackingNumber: number, scanID: scanID, kind: kind,
                        location: location.isEmpty ? nil : location, at: now, in: db)
                }
            }
        } catch let refusal as TrackingError {
            switch refusal {
            case .unknownTrackingNumber:
                throw RPCFailure(code: "not_found", message: refusal.description, field: "trackingNumber")
            case .otherCarrier:
                throw RPCFailure.invalidRequest(refusal.description, field: "carrier")
            }
        }
    }

    /// The order's view, at domain time now.
    private func show(_ orderID: OrderID) async throws -> ShipmentView {
        if let refusal = IdentifierRule.refusal(of: orderID.rawValue) {
            throw RPCFailure.invalidRequest(refusal, field: "orderID")
        }
        let settings = desk.settings
        let view = try await store.read { db -> ShipmentView? in
            let order = try TrackedOrderRecords.find(orderID, in: db)
            let shipments = try ShipmentRecords.ofOrder(orderID, in: db)
            guard order != nil || !shipments.isEmpty else { return nil }
            let latest = shipments.last
            return ShipmentView(
                order: order, shipment: latest,
                scans: try latest.map { try ScanRecords.ofShipment($0.purchaseOrderID, in: db) } ?? [],
                firstShippedAt: shipments.map(\.shippedAt).min(),
                firstScanAt: shipments.compactMap(\.firstScanAt).min(),
                infractions: try InfractionRecords.ofOrder(orderID, in: db), settings: settings,
                now: try desk.clock.now(in: db))
        }
        guard let view else {
            throw RPCFailure(code: "not_found", message: "No released or shipped order \(orderID).", field: "orderID")
        }
        return view
    }

    /// `value` trimmed, or `invalid_request` on `field` with the rule's reason.
    private static func checked(_ value: String?, _ rule: TextRule, field: String) throws -> String {
        if let refusal = rule.refusal(of: value) { throw RPCFailure.invalidRequest(refusal, field: field) }
        return (value ?? "").trimmingCharacters(in: .whitespaces)
    }
}
