import Contracts
import Foundation

/// The demo's text about what happened after the suppliers shipped (R8-R11): confirmed fulfilment, deliveries,
/// stalls, late fulfilment, infractions and the delivery days measured per lane.
extension DemoReport {
    /// Lanes the summary lists, the busiest first; the JSON summary and `dropline tracking lanes` have them all.
    static let lanesShown = 12

    /// `confirmed fulfilled 40 · delivered 31 (carrier 30, customer 1) · stalled 2 · returned 1 · late (R8) 3`.
    static func parcelLine(_ snapshot: DemoSnapshot) -> String {
        let orders = snapshot.orders
        return "confirmed fulfilled \(orders.confirmedFulfilled) · delivered \(orders["delivered"]) (carrier "
            + "\(orders.deliveredByCarrier), customer \(orders.deliveredByCustomer)) · stalled "
            + "\(snapshot.parcels.stalled) · returned \(snapshot.parcels.returnedToSender) · late (R8) "
            + "\(orders.lateFulfillmentRefunds)"
    }

    /// `12, mean 15.3 days over 140 parcels`, or `none yet`.
    static func laneLine(_ lanes: [LaneView]) -> String {
        let parcels = lanes.reduce(0) { $0 + $1.parcels }
        guard parcels > 0 else { return "none yet" }
        let mean = lanes.reduce(0.0) { $0 + $1.averageDays * Double($1.parcels) } / Double(parcels)
        return "\(lanes.count), mean \(String(format: "%.1f", mean)) days over \(parcels) parcels"
    }

    /// Why the run ended, after the summary's first line: `, every order at an end` and the like.
    static func ending(_ snapshot: DemoSnapshot, stoppedEarly: Bool) -> String {
        switch DemoSummary.Ending(snapshot, stoppedEarly: stoppedEarly) {
        case .stopped: ""
        case .placementsOver: ""
        case .everyOrderEnded:
            ", \(span(snapshot.now.timeIntervalSince(snapshot.end))) after the last order, when every order had "
                + "reached an end"
        case .followLimit:
            "; the parcels were followed for \(span(snapshot.followEnd.timeIntervalSince(snapshot.end))) after the "
                + "last order (--follow-days)"
        }
    }

    /// The summary's lines on delivery, infractions and lanes.
    static func delivery(_ snapshot: DemoSnapshot) -> [String] {
        let orders = snapshot.orders
        let parcels = snapshot.parcels
        var lines = [
            "Delivery    \(parcels.registered) orders shipped to a carrier, \(orders.confirmedFulfilled) confirmed "
                + "fulfilled (first carrier scan, R10); \(orders["delivered"]) delivered (R11): "
                + "\(orders.deliveredByCarrier) by the carrier, \(orders.deliveredByCustomer) by the customer "
                + "(\(snapshot.activity.confirmedReceipt) confirmed receipt of a stalled parcel)",
            "            \(parcels.stalled) stalled now (no scan for days: lost or never scanned), "
                + "\(parcels.exceptions) with an exception, \(parcels.returnedToSender) returned to sender; "
                + "\(orders.lateFulfillmentRefunds) refunded for late fulfilment (not shipped within 5 days, R8)",
            "Infractions \(snapshot.infractions.text)",
            "Lanes       " + laneLine(snapshot.lanes),
        ]
        guard !snapshot.lanes.isEmpty else { return lines }
        let busiest = snapshot.lanes.sorted {
            ($0.parcels, $1.origin.code, $1.destination.code, $1.carrier)
                > ($1.parcels, $0.origin.code, $0.destination.code, $0.carrier)
        }
        var rows = [["LANE", "CARRIER", "PARCELS", "MEAN DAYS"]]
        for lane in busiest.prefix(lanesShown) {
            rows.append([
                "\(lane.origin) → \(lane.destination)", lane.carrier, "\(lane.parcels)",
                String(format: "%.1f", lane.averageDays),
            ])
        }
        lines.append(TextTable.render(rows, rightAligned: [2, 3], indent: "  "))
        if busiest.count > lanesShown {
            lines.append("  and \(busiest.count - lanesShown) more lanes (`dropline tracking lanes`)")
        }
        return lines
    }
}
