import Contracts
import Foundation

/// The reviewers' view: every open review case, oldest first, with its reasons (R4).
public struct ReviewQueue: Hashable, Sendable {
    /// One order waiting for a reviewer.
    public struct Entry: Hashable, Sendable {
        public var orderID: OrderID
        public var merchantID: MerchantID
        public var round: Int
        public var openedAt: Date
        /// When the hold ends (or ended); an approval after it releases the order at once.
        public var holdEnds: Date
        public var reasons: [RiskReason]
    }

    /// Open cases ordered by opened-at, then order id.
    public let entries: [Entry]

    /// The queue of `holds`' open cases; holds without one, and closed holds, are left out.
    public init(_ holds: some Sequence<FraudHold>) {
        entries = holds.compactMap { hold -> Entry? in
            guard hold.status == .underReview, let round = hold.reviews.last else { return nil }
            return Entry(
                orderID: hold.orderID, merchantID: hold.merchantID, round: round.round, openedAt: round.openedAt,
                holdEnds: hold.holdEnds, reasons: round.reasons)
        }
        .sorted { ($0.openedAt, $0.orderID.rawValue) < ($1.openedAt, $1.orderID.rawValue) }
    }

    /// The open cases of one merchant's orders, in queue order.
    public func entries(forMerchant merchantID: MerchantID) -> [Entry] {
        entries.filter { $0.merchantID == merchantID }
    }
}
