import Contracts

extension HoldView {
    /// `fraud.show`'s answer for `hold`.
    init(_ hold: FraudHold) {
        self.init(
            orderID: hold.orderID, merchantID: hold.merchantID, status: hold.status, placedAt: hold.placedAt,
            startedAt: hold.startedAt, holdEnds: hold.holdEnds, holdEndedAt: hold.ended?.endedAt,
            closedAt: hold.closedAt, assessment: hold.assessment, reviews: hold.reviews.map(ReviewRoundView.init))
    }
}

extension ReviewRoundView {
    /// A review round as `fraud.show` answers it: its decision spelled `approved` or `rejected`, with who decided
    /// when, and the rejection's reason or whether the approval released the order.
    init(_ round: ReviewCase) {
        self.init(round: round.round, reasons: round.reasons, openedAt: round.openedAt)
        switch round.decision {
        case nil:
            break
        case .approved(let by, let at, let released):
            (decision, reviewer, decidedAt, releasedOrder) = ("approved", by, at, released)
        case .rejected(let by, let reason, let at):
            (decision, reviewer, decidedAt, rejectionReason) = ("rejected", by, at, reason)
        }
    }
}
