import Contracts
import Foundation

extension DemoSummary {
    /// The summary of `snapshot`, the run's last, with the dead letters' lines and the state folder, as the text
    /// summary gives them (`DemoReport.summary`).
    public init(_ snapshot: DemoSnapshot, deadLetters: [String], stateFolder: String, stoppedEarly: Bool) {
        let counts = snapshot.orders
        let activity = snapshot.activity
        let total = snapshot.suppliers.total
        ending = Ending(snapshot, stoppedEarly: stoppedEarly)
        start = snapshot.start
        placementsEnd = min(snapshot.end, snapshot.now)
        end = snapshot.now
        simulatedHours = snapshot.now.timeIntervalSince(snapshot.start) / 3_600
        orders = Orders(
            total: counts.total,
            byStatus: Dictionary(uniqueKeysWithValues: DemoReport.statuses.map { ($0.name, counts[$0.name]) }),
            placedByRun: activity.placed, countries: activity.countries.count, risky: activity.risky,
            returning: activity.returning, refused: activity.refusals, cancelledByCustomers: activity.cancelled,
            cancellationsTooLate: activity.cancelRefused, reviewApproved: activity.approved,
            reviewRejected: activity.rejected)
        dispatch = Dispatch(
            dispatched: counts.dispatchedOnTime + counts.dispatchedLate, onTime: counts.dispatchedOnTime,
            late: counts.dispatchedLate, onTimeRate: counts.onTimeDispatchRate,
            targetMinutes: Int((counts.dispatchTarget / 60).rounded()), noSupplierLeft: counts["dispatch_exhausted"])
        suppliers = Suppliers(
            purchaseOrders: total.purchaseOrders, failovers: snapshot.suppliers.failovers, rejected: total.rejected,
            outOfStock: total.outOfStock, notAcknowledged: total.notAcknowledged,
            shipDeadlineMissed: total.shipDeadlineMissed, scorecards: snapshot.suppliers.bySupplier)
        delivery = Delivery(
            shipments: snapshot.parcels.registered, confirmedFulfilled: counts.confirmedFulfilled,
            delivered: counts["delivered"], deliveredByCarrier: counts.deliveredByCarrier,
            deliveredByCustomer: counts.deliveredByCustomer, customerConfirmations: activity.confirmedReceipt,
            stalled: snapshot.parcels.stalled, exceptions: snapshot.parcels.exceptions,
            returnedToSender: snapshot.parcels.returnedToSender,
            lateFulfillmentRefunds: counts.lateFulfillmentRefunds)
        infractions = snapshot.infractions
        lanes = snapshot.lanes.map { lane in
            Lane(
                origin: lane.origin.code, destination: lane.destination.code, carrier: lane.carrier,
                parcels: lane.parcels, meanDays: lane.averageDays, minimumDays: lane.minimumDays,
                maximumDays: lane.maximumDays)
        }
        self.deadLetters = snapshot.deadLetters
        deadLetterLines = deadLetters
        mails = snapshot.mails
        self.stateFolder = stateFolder
    }

    /// The summary as pretty, key-sorted JSON with a final newline.
    public func json() throws -> Data {
        try JSONOutput.encoder.encode(self) + Data("\n".utf8)
    }
}
