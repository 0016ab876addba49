import Contracts
import Foundation

/// `dropline demo --summary-json FILE`: the final summary as JSON, every figure the text shows (docs: README's demo
/// section). Keys are the property names; every status of `DemoReport.statuses` and every infraction kind is
/// present, zero when no order has it.
public struct DemoSummary: Codable, Sendable, Equatable {
    /// Why the run ended.
    public enum Ending: String, Codable, Sendable {
        /// Ctrl-C.
        case stopped
        /// The placements were over and no follow-up was asked (`--follow-days 0`).
        case placementsOver = "placements_over"
        /// Every order had reached an end (`DemoEnding`).
        case everyOrderEnded = "every_order_ended"
        /// `--follow-days` were over first.
        case followLimit = "follow_limit"

        init(_ snapshot: DemoSnapshot, stoppedEarly: Bool) {
            if stoppedEarly {
                self = .stopped
            } else if snapshot.followEnd <= snapshot.end {
                self = .placementsOver
            } else {
                self = snapshot.now < snapshot.followEnd ? .everyOrderEnded : .followLimit
            }
        }
    }

    /// Orders by status and what the customers and the reviewer did.
    public struct Orders: Codable, Sendable, Equatable {
        public var total: Int
        /// Every status name of `DemoReport.statuses` (`placed`, …, `confirmed_fulfilled`, `delivered`, …).
        public var byStatus: [String: Int]
        public var placedByRun: Int
        public var countries: Int
        public var risky: Int
        public var returning: Int
        /// Refused placements by error code.
        public var refused: [String: Int]
        public var cancelledByCustomers: Int
        public var cancellationsTooLate: Int
        public var reviewApproved: Int
        public var reviewRejected: Int
    }

    /// R6: purchase orders sent in time after release.
    public struct Dispatch: Codable, Sendable, Equatable {
        public var dispatched: Int
        public var onTime: Int
        public var late: Int
        /// `onTime / dispatched`; nil before the first dispatch.
        public var onTimeRate: Double?
        public var targetMinutes: Int
        public var noSupplierLeft: Int
    }

    /// R6, R7: purchase orders, failovers and their causes.
    public struct Suppliers: Codable, Sendable, Equatable {
        public var purchaseOrders: Int
        public var failovers: Int
        public var rejected: Int
        public var outOfStock: Int
        public var notAcknowledged: Int
        public var shipDeadlineMissed: Int
        /// Each supplier's summed scorecard counts (`dispatch.scorecards`), by supplier id.
        public var scorecards: [String: ScorecardCounts]
    }

    /// R8, R10, R11: what happened to the orders after the suppliers shipped.
    public struct Delivery: Codable, Sendable, Equatable {
        public var shipments: Int
        public var confirmedFulfilled: Int
        public var delivered: Int
        public var deliveredByCarrier: Int
        public var deliveredByCustomer: Int
        /// Customers who confirmed receipt of a stalled parcel (`orders.confirm_delivery`).
        public var customerConfirmations: Int
        public var stalled: Int
        public var exceptions: Int
        public var returnedToSender: Int
        /// R8: refunded because not shipped within 5 days of release.
        public var lateFulfillmentRefunds: Int
    }

    /// One measured lane (`tracking.lanes`).
    public struct Lane: Codable, Sendable, Equatable {
        public var origin: String
        public var destination: String
        public var carrier: String
        public var parcels: Int
        public var meanDays: Double
        public var minimumDays: Int
        public var maximumDays: Int
    }

    public var ending: Ending
    public var start: Date
    /// When the customers stopped placing orders.
    public var placementsEnd: Date
    public var end: Date
    public var simulatedHours: Double
    public var orders: Orders
    public var dispatch: Dispatch
    public var suppliers: Suppliers
    public var delivery: Delivery
    public var infractions: InfractionTotals
    public var lanes: [Lane]
    public var deadLetters: Int
    /// `orders  payments#12  payment.authorised  error`, one per dead letter.
    public var deadLetterLines: [String]
    public var mails: Int
    public var stateFolder: String
}
