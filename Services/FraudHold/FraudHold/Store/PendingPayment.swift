import Contracts
import Foundation
import GRDB

/// A payment outcome for an order whose `order.placed` has not been applied yet: the two streams are
/// independent, so `payment.*` may arrive first (docs/architecture.md §3). Settled when the order's facts arrive.
struct PendingPayment: Hashable, Sendable {
    /// The two outcomes Fraud Hold acts on.
    enum Outcome: String, Sendable {
        /// Start the hold (R4).
        case authorised
        /// Count the decline in the card's and customer's profiles (`failed_payments`).
        case declined
    }

    var orderID: OrderID
    var outcome: Outcome
    /// Only the fingerprint and the country are kept, as the rules need no more.
    var card: CardDetails
    /// When the payment was authorised or declined.
    var at: Date

    init(orderID: OrderID, outcome: Outcome, card: CardDetails, at: Date) {
        self.orderID = orderID
        self.outcome = outcome
        self.card = card
        self.at = at
    }

    /// A `pendingPayment` row, as `PendingPaymentRecords` selects it.
    init(row: Row) throws {
        orderID = OrderID(rawValue: row["orderID"])
        guard let outcome = Outcome(rawValue: row["outcome"]) else {
            throw FraudHoldStoreError.corruptRow(table: "pendingPayment", key: orderID.rawValue, column: "outcome")
        }
        self.outcome = outcome
        card = CardDetails(
            fingerprint: row["cardFingerprint"], brand: "unknown", last4: "",
            country: (row["cardCountry"] as String?).flatMap(CountryCode.init))
        at = DomainTime.date(milliseconds: row["atMs"])
    }
}
