import Contracts
import Foundation

extension ShipmentView {
    /// What `tracking.show` answers for an order: its release and deadlines when known, its latest parcel (a
    /// reshipment's, when there was one) with every scan, and its infractions, at domain time `now`.
    init(
        order: TrackedOrder?, shipment: Shipment?, scans: [ScanEntry], firstShippedAt: Date?, firstScanAt: Date?,
        infractions: [InfractionRecorded], settings: TrackingSettings, now: Date
    ) {
        let merchantID = order?.merchantID ?? shipment?.merchantID ?? MerchantID(rawValue: "")
        let orderID = order?.orderID ?? shipment?.orderID ?? OrderID(rawValue: "")
        self.init(
            orderID: orderID, merchantID: merchantID,
            status: Self.status(order: order, shipment: shipment),
            releasedAt: order?.releasedAt ?? shipment?.releasedAt,
            purchaseOrderID: shipment?.purchaseOrderID, supplierID: shipment?.supplierID, carrier: shipment?.carrier,
            trackingNumber: shipment?.trackingNumber, choice: shipment?.choice,
            isCarrierMismatch: shipment?.isCarrierMismatch ?? false,
            destination: shipment?.destination ?? order?.destination, shippedAt: shipment?.shippedAt,
            expectedDelivery: shipment?.expectedDelivery, latestScan: shipment?.latestScan, scans: scans,
            infractions: infractions, confirmedFulfilledAt: shipment?.firstScanAt,
            isConfirmedWithinDeadline: shipment?.isConfirmedWithinDeadline,
            isConfirmedWithinEligibilityWindow: shipment?.isConfirmedWithinEligibilityWindow,
            deliveredAt: shipment?.deliveredAt, deliveryEvidence: shipment?.deliveryEvidence,
            stalledAt: shipment?.stalledAt)
        guard let releasedAt else { return }
        let rules: [(String, String, DeadlineRule, Date?)] = [
            ("R8", "shipped", DeadlineRule(days: settings.fulfilmentDeadlineDays), firstShippedAt),
            ("R10", "confirmed fulfilled", DeadlineRule(days: settings.confirmationDeadlineDays), firstScanAt),
            ("R12", "confirmed fulfilled for eligibility", DeadlineRule.eligibilityWindow, firstScanAt),
        ]
        deadlines = rules.map { rule, requirement, deadline, metAt in
            let due = deadline.due(releasedAt: releasedAt)
            let outcome: DeadlineOutcome =
                if let metAt, deadline.isMet(at: metAt, releasedAt: releasedAt) {
                    .met
                } else if let endedAt = order?.endedAt, endedAt < due {
                    .void
                } else if metAt != nil || now >= due {
                    .missed
                } else {
                    .pending
                }
            return DeadlineView(rule: rule, requirement: requirement, due: due, outcome: outcome, metAt: metAt)
        }
    }

    /// Where the parcel stands: delivered, stalled, its latest scan, shipped, or before shipment.
    private static func status(order: TrackedOrder?, shipment: Shipment?) -> TrackingStatus {
        guard let shipment else { return order?.endedAt == nil ? .awaitingShipment : .ended }
        if shipment.isDelivered { return .delivered }
        if shipment.stalledAt != nil { return .stalled }
        switch shipment.latestScan {
        case nil: return .shipped
        case .accepted, .inTransit: return .inTransit
        case .outForDelivery: return .outForDelivery
        case .exception: return .exception
        case .returnedToSender: return .returnedToSender
        case .delivered: return .delivered
        }
    }
}
