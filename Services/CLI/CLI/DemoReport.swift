import Contracts
import Foundation

/// The demo's text for people: the live progress lines and the summary at the end.
public enum DemoReport {
    /// Order statuses in timeline order, with the names people read (`dispatch_exhausted`: every supplier failed,
    /// R6; `confirmed_fulfilled`: the carrier's first scan, R10).
    static let statuses: [(name: String, label: String)] = [
        ("placed", "awaiting payment"), ("held", "held"), ("under_review", "under review"), ("released", "released"),
        ("dispatched", "dispatched"), ("dispatch_exhausted", "no supplier left"), ("shipped", "shipped"),
        ("confirmed_fulfilled", "confirmed fulfilled"), ("delivered", "delivered"), ("cancelled", "cancelled"),
        ("declined", "declined"), ("refunded", "refunded"),
    ]

    /// The live view: eight lines, redrawn in place on a terminal.
    public static func progress(_ snapshot: DemoSnapshot) -> [String] {
        let counts = statuses.map { "\($0.label) \(snapshot.orders[$0.name])" }
        let activity = snapshot.activity
        return [
            "Dropline demo  \(time(snapshot.now)) simulated  (\(stage(snapshot)))  Ctrl-C stops",
            "orders     \(snapshot.orders.total): " + counts[..<6].joined(separator: " · "),
            "           " + counts[6...].joined(separator: " · "),
            "customers  placed \(activity.placed) (risky \(activity.risky), returning \(activity.returning)) · "
                + "refused \(activity.refused) · cancelled \(activity.cancelled) · "
                + "reviewer approved \(activity.approved), rejected \(activity.rejected)",
            "suppliers  POs \(snapshot.suppliers.purchaseOrders) · failovers \(snapshot.suppliers.failovers) · "
                + "on-time dispatch \(onTime(snapshot.orders))",
            "parcels    " + parcelLine(snapshot),
            "deadlines  infractions: \(snapshot.infractions.text) · lanes " + laneLine(snapshot.lanes),
            "mesh       dead letters \(snapshot.deadLetters) · mails \(snapshot.mails)",
        ]
    }

    /// One line for a log or a pipe (no terminal): time, orders by status, purchase orders, stalled parcels,
    /// infractions, dead letters.
    public static func line(_ snapshot: DemoSnapshot) -> String {
        let counts = statuses.filter { snapshot.orders[$0.name] > 0 }.map { "\($0.label) \(snapshot.orders[$0.name])" }
        return "\(time(snapshot.now))  orders \(snapshot.orders.total) (\(counts.joined(separator: ", ")))  "
            + "POs \(snapshot.suppliers.purchaseOrders)  failovers \(snapshot.suppliers.failovers)  "
            + "stalled \(snapshot.parcels.stalled)  infractions \(snapshot.infractions.total)  "
            + "dead letters \(snapshot.deadLetters)  mails \(snapshot.mails)"
    }

    /// The summary printed when the demo ends.
    public static func summary(
        _ snapshot: DemoSnapshot, deadLetters: [String], stateFolder: String, stoppedEarly: Bool
    ) -> String {
        let activity = snapshot.activity
        let orders = snapshot.orders
        let suppliers = snapshot.suppliers
        var grid: [[String]] = []
        for row in 0..<2 {
            grid.append(
                stride(from: row, to: statuses.count, by: 2).flatMap { index in
                    [statuses[index].label, "\(orders[statuses[index].name])"]
                })
        }
        let refusals = activity.refusals.sorted { $0.key < $1.key }.map { code, count in
            "  \(count) × \(activity.firstRefusal[code] ?? code)"
        }
        let dispatched = orders.dispatchedOnTime + orders.dispatchedLate
        return
            ([
                (stoppedEarly ? "Dropline demo stopped" : "Dropline demo finished") + " after \(elapsed(snapshot)) "
                    + "of simulated time, \(time(snapshot.start)) → \(time(snapshot.now))"
                    + ending(snapshot, stoppedEarly: stoppedEarly) + ".",
                "",
                "Orders      \(orders.total) in all; \(activity.placed) placed by this run from "
                    + "\(activity.countries.count) countries (\(activity.risky) risky, "
                    + "\(activity.returning) by returning customers), \(activity.refused) refused",
                TextTable.render(grid, rightAligned: [1, 3, 5, 7, 9, 11], indent: "  "),
            ] + refusals + [
                "Dispatch    \(dispatched) orders dispatched, \(orders.dispatchedOnTime) within "
                    + "\(hours(orders.dispatchTarget)) of release (\(onTime(orders)) on time)"
                    + exhausted(orders),
                "Suppliers   \(suppliers.purchaseOrders) purchase orders, \(suppliers.failovers) failovers "
                    + "(\(suppliers.failoverBreakdown))",
                suppliers.table(indent: "  "),
                "Customers   \(activity.cancelled) cancelled during the hold (\(activity.cancelRefused) too late); "
                    + "the reviewer approved \(activity.approved) and rejected \(activity.rejected)",
            ] + delivery(snapshot) + [
                "Dead letters \(snapshot.deadLetters == 0 ? "none" : "\(snapshot.deadLetters)")"
            ] + deadLetters.map { "  " + $0 } + [
                "Mails       \(snapshot.mails) in \(stateFolder)/maildir/new",
                "State       \(stateFolder) (every process's log: mesh.log); continue with `dropline demo --keep`",
            ]).joined(separator: "\n")
    }

    /// R6: how many orders wait with every supplier failed, after the dispatch line; empty when none.
    static func exhausted(_ counts: OrderCounts) -> String {
        let waiting = counts["dispatch_exhausted"]
        guard waiting > 0 else { return "" }
        return "; \(waiting) with no supplier left (refunded 72h after, unless `dropline dispatch retry` finds one)"
    }

    /// `97.1%`, or `-` before the first dispatch.
    static func onTime(_ counts: OrderCounts) -> String {
        counts.onTimeDispatchRate.map(SupplierScores.percent) ?? "-"
    }

    /// `2026-11-22 14:30`.
    static func time(_ date: Date) -> String {
        String(DomainTime.format(date).prefix(16)).replacingOccurrences(of: "T", with: " ")
    }

    /// `14h30m`, `31d6h`: how much simulated time has passed.
    static func elapsed(_ snapshot: DemoSnapshot) -> String {
        span(snapshot.now.timeIntervalSince(snapshot.start))
    }

    /// `5h of 72h` while customers place orders; `following parcels, day 3 of at most 30` after.
    static func stage(_ snapshot: DemoSnapshot) -> String {
        guard snapshot.isFollowing else {
            return "\(elapsed(snapshot)) of \(hours(snapshot.end.timeIntervalSince(snapshot.start)))"
        }
        let day = Int(snapshot.now.timeIntervalSince(snapshot.end) / 86_400) + 1
        let days = Int((snapshot.followEnd.timeIntervalSince(snapshot.end) / 86_400).rounded(.up))
        return "following parcels, day \(min(day, days)) of at most \(days)"
    }

    /// `3d`, `31d6h`: simulated time in days and hours from two days on, else as `hours`.
    static func span(_ seconds: TimeInterval) -> String {
        guard seconds >= 2 * 86_400 else { return hours(seconds) }
        let hours = Int((seconds / 3_600).rounded())
        return hours % 24 == 0 ? "\(hours / 24)d" : "\(hours / 24)d\(hours % 24)h"
    }

    /// `72h`, `14h30m`, `45m`: simulated time in hours and minutes, as the demo's options give it.
    static func hours(_ seconds: TimeInterval) -> String {
        let minutes = Int((seconds / 60).rounded())
        switch (minutes / 60, minutes % 60) {
        case (0, let rest): return "\(rest)m"
        case (let hours, 0): return "\(hours)h"
        case (let hours, let rest): return "\(hours)h\(rest)m"
        }
    }
}
