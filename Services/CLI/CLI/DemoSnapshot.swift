import Contracts
import Foundation

/// The mesh as the demo last saw it: what the progress display and the final summary print.
public struct DemoSnapshot: Sendable {
    public var start: Date
    public var now: Date
    /// When the customers stop placing orders (`--hours` after the start).
    public var end: Date
    /// When the follow-up of the parcels stops at the latest (`--follow-days` after `end`).
    public var followEnd: Date
    public var orders: OrderCounts
    /// The parcels as the carriers' scans told them (R10, R11).
    public var parcels = ParcelCounts()
    /// The merchants' deadline infractions (R8, R10), from `tracking.infractions`.
    public var infractions = InfractionTotals()
    /// Delivery days measured per origin → destination and carrier, from `tracking.lanes`.
    public var lanes: [LaneView] = []
    public var activity: DemoActivity
    public var suppliers: SupplierScores
    /// Dead letters over every process and partition.
    public var deadLetters: Int
    /// Emails written to the maildir so far.
    public var mails: Int

    public init(
        start: Date, now: Date, end: Date, followEnd: Date? = nil, orders: OrderCounts, activity: DemoActivity,
        suppliers: SupplierScores, deadLetters: Int, mails: Int
    ) {
        self.start = start
        self.now = now
        self.end = end
        self.followEnd = followEnd ?? end
        self.orders = orders
        self.activity = activity
        self.suppliers = suppliers
        self.deadLetters = deadLetters
        self.mails = mails
    }

    /// Customers place no more orders: the demo follows the parcels.
    public var isFollowing: Bool { now >= end && followEnd > end }
}
