import Contracts
import Foundation
import GRDB
import ServiceKit

/// Applies each input the simulated carriers get (a shipment Tracking registered, a scan's time come) inside the
/// caller's transaction (R10, R11).
///
/// A parcel's journey is drawn when its shipment is registered (`JourneyPlanner`, seeded, from the behaviour of
/// the carrier then) and played on domain time by one durable timer per scan, `carrier.scan:<scan id>` due at the
/// scan's time. Timers fire inside the clock transaction and cannot call Tracking, so each only queues its
/// `tracking.scan` call, which `OutgoingCallSender` makes after commit.
struct CarrierDesk: Sendable {
    /// The durable timer kind of a parcel's scan.
    static let scanTimerKind = "carrier.scan"

    let settings: SimulatorSettings
    let planner: JourneyPlanner

    init(settings: SimulatorSettings) {
        self.settings = settings
        planner = JourneyPlanner(seed: settings.seed)
    }

    /// The behaviour the shipment's carrier follows now: its own (set under the shipment's carrier; when that is
    /// the chosen carrier, under the chosen service level's full name, as `Wish Post Standard`; else under the
    /// chosen carrier), or the defaults.
    func behaviour(of shipment: ShipmentRegistered, in db: Database) throws -> CarrierBehaviour {
        let choice = shipment.choice
        let level = choice.flatMap { $0.carrier.lowercased() == shipment.carrier.lowercased() ? $0.serviceLevel : nil }
        for name in [shipment.carrier, level, choice?.carrier].compactMap(\.self) {
            if let set = try CarrierBehaviourRecords.find(carrier: name, in: db) { return set.behaviour }
        }
        return settings.carrierBehaviour
    }

    /// `shipment.registered`: draws the parcel's journey and schedules its scans; a tracking number already
    /// registered changes nothing (a redelivered event).
    func registered(_ shipment: ShipmentRegistered, in db: Database) throws {
        guard try ParcelRecords.find(trackingNumber: shipment.trackingNumber, in: db) == nil else { return }
        let parcel = SimulatedParcel(
            shipment, journey: planner.plan(for: shipment, behaviour: try behaviour(of: shipment, in: db)))
        try ParcelRecords.insert(parcel, in: db)
        for (index, scan) in parcel.journey.scans.enumerated() {
            let scanID = ParcelJourney.scanID(trackingNumber: parcel.trackingNumber, number: index + 1)
            try DurableTimers.schedule(
                DurableTimer(id: "\(Self.scanTimerKind):\(scanID)", kind: Self.scanTimerKind, due: scan.at), in: db)
        }
    }

    /// A scan's timer fired: queues the carrier's `tracking.scan`, at the scan's planned time, for the sender.
    func timerFired(_ timer: DurableTimer, in db: Database) throws {
        guard timer.kind == Self.scanTimerKind else { return }
        let scanID = timer.id.dropFirst(Self.scanTimerKind.count + 1)
        guard let dash = scanID.lastIndex(of: "-"), let number = Int(scanID[scanID.index(after: dash)...]),
            let parcel = try ParcelRecords.find(trackingNumber: String(scanID[..<dash]), in: db),
            let report = parcel.report(ofScan: number)
        else { return }
        try OutgoingCallRecords.enqueue(
            .scan, of: parcel.purchaseOrderID, scanID: report.scanID, body: report, in: db)
    }
}
