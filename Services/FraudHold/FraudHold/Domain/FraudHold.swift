import Contracts
import Foundation

/// One authorised order's fraud hold and its review rounds (R4).
///
/// The hold starts at authorisation and ends `placedAt + duration` (default 8 hours). A review can open
/// at any time before release; approval returns the order to `held`, or releases it when the hold has
/// ended; rejection is final; an approved order can be reopened until it is released. Cancelling or declining
/// the order closes the hold, after which it takes no input. Inputs are idempotent: repeating one that took
/// effect returns its first fact; illegal ones throw `FraudError`.
public struct FraudHold: Hashable, Sendable, Codable {
    /// The hold duration of R4 unless the policy says otherwise: 8 hours.
    public static let defaultDuration: TimeInterval = 8 * 3_600

    public let orderID: OrderID
    public let merchantID: MerchantID
    public let placedAt: Date
    public let startedAt: Date
    public let holdEnds: Date
    /// The assessment made at authorisation; the order keeps its reasons.
    public let assessment: RiskAssessment
    /// Set when the hold timer fired.
    public private(set) var ended: FraudHoldEnded?
    /// Review rounds, oldest first; only the last one can be open.
    public private(set) var reviews: [ReviewCase] = []
    /// Set when the order was cancelled or declined before the hold released or rejected it.
    public private(set) var closedAt: Date?

    /// Starts the hold of an order just authorised at `now` (R4). Does not open a review: when
    /// `assessment.needsReview`, call `open(reasons:at:)` with its reasons.
    public static func start(
        orderID: OrderID, merchantID: MerchantID, placedAt: Date, assessment: RiskAssessment, at now: Date,
        duration: TimeInterval = defaultDuration
    ) -> HoldStart {
        let hold = FraudHold(
            orderID: orderID, merchantID: merchantID, placedAt: placedAt, startedAt: now,
            holdEnds: placedAt.addingTimeInterval(duration), assessment: assessment)
        let started = FraudHoldStarted(
            orderID: orderID, merchantID: merchantID, placedAt: placedAt, startedAt: now, holdEnds: hold.holdEnds,
            assessment: assessment)
        return HoldStart(hold: hold, started: started, timer: HoldTimer(orderID: orderID, fireAt: hold.holdEnds))
    }

    /// Derived from the hold timer, the last review round and the order's closure.
    public var status: FraudHoldStatus {
        if case .rejected? = reviews.last?.decision { return .rejected }
        if closedAt != nil { return .closed }
        if reviews.last?.isOpen == true { return .underReview }
        return ended == nil ? .held : .released
    }

    // MARK: - Inputs

    /// The hold timer fired at `now`. Releases the order unless a review is open or it was rejected; refused
    /// once the hold is closed.
    public mutating func holdEnded(at now: Date) throws(FraudError) -> FraudHoldEnded {
        if let ended { return ended }
        try refuseIfClosed(.end)
        guard now >= holdEnds else { throw .holdNotOver(orderID: orderID, holdEnds: holdEnds, at: now) }
        let fact = FraudHoldEnded(
            orderID: orderID, merchantID: merchantID, endedAt: now, releasesOrder: status == .held,
            reviewPending: status == .underReview)
        ended = fact
        return fact
    }

    /// Opens the first review round: the order goes `under_review` and its merchant is told.
    public mutating func open(reasons: [RiskReason], at now: Date) throws(FraudError) -> FraudReviewOpened {
        try refuseIfClosed(.open)
        if let last = reviews.last, last.isOpen { return opened(last) }
        guard status == .held else { throw .notAllowed(orderID: orderID, action: .open, status: status) }
        if let last = reviews.last { throw .reviewAlreadyDecided(orderID: orderID, round: last.round) }
        return try startRound(reasons, at: now)
    }

    /// Sends an approved order back to review before its release: a new round.
    public mutating func reopen(reasons: [RiskReason], at now: Date) throws(FraudError) -> FraudReviewOpened {
        try refuseIfClosed(.reopen)
        if let last = reviews.last, last.isOpen { return opened(last) }
        guard !reviews.isEmpty else { throw .noReview(orderID: orderID, action: .reopen) }
        guard status == .held else { throw .notAllowed(orderID: orderID, action: .reopen, status: status) }
        return try startRound(reasons, at: now)
    }

    /// Approves the open round; the order is released at once when the hold has already ended.
    public mutating func approve(by reviewer: String, at now: Date) throws(FraudError) -> FraudReviewApproved {
        let index = try lastRound(for: .approve, reviewer: reviewer)
        switch reviews[index].decision {
        case nil:
            reviews[index].decision = .approved(by: reviewer, at: now, releasedOrder: ended != nil)
        case .approved:
            break
        case .rejected:
            throw .notAllowed(orderID: orderID, action: .approve, status: status)
        }
        guard case .approved(let by, let at, let released) = reviews[index].decision else {
            preconditionFailure("order \(orderID): approval not recorded")
        }
        return FraudReviewApproved(
            orderID: orderID, merchantID: merchantID, round: reviews[index].round, reviewer: by, approvedAt: at,
            releasesOrder: released)
    }

    /// Rejects the open round: the order is to be cancelled, its payment voided, its stock given back.
    public mutating func reject(by reviewer: String, reason: String, at now: Date) throws(FraudError)
        -> FraudReviewRejected
    {
        let index = try lastRound(for: .reject, reviewer: reviewer)
        guard !reason.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingField(orderID: orderID, field: "rejection reason")
        }
        switch reviews[index].decision {
        case nil:
            reviews[index].decision = .rejected(by: reviewer, reason: reason, at: now)
        case .rejected:
            break
        case .approved:
            throw .notAllowed(orderID: orderID, action: .reject, status: status)
        }
        guard case .rejected(let by, let why, let at) = reviews[index].decision else {
            preconditionFailure("order \(orderID): rejection not recorded")
        }
        return FraudReviewRejected(
            orderID: orderID, merchantID: merchantID, round: reviews[index].round, reviewer: by, reason: why,
            rejectedAt: at)
    }

    /// The order was cancelled or declined at `now` (R4, R15): a held or reviewed hold closes and takes no
    /// further input, and its open review leaves the queue. Returns false, changing nothing, when the hold was
    /// already closed, released or rejected.
    public mutating func close(at now: Date) -> Bool {
        guard status == .held || status == .underReview else { return false }
        closedAt = now
        return true
    }

    // MARK: - Helpers

    /// A hold in the given state: `start` makes a new one, the store reads a saved one back.
    init(
        orderID: OrderID, merchantID: MerchantID, placedAt: Date, startedAt: Date, holdEnds: Date,
        assessment: RiskAssessment, ended: FraudHoldEnded? = nil, reviews: [ReviewCase] = [], closedAt: Date? = nil
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.placedAt = placedAt
        self.startedAt = startedAt
        self.holdEnds = holdEnds
        self.assessment = assessment
        self.ended = ended
        self.reviews = reviews
        self.closedAt = closedAt
    }

    /// The index of the last round, after checking the reviewer's name.
    private func lastRound(for action: FraudAction, reviewer: String) throws(FraudError) -> Int {
        guard !reviewer.trimmingCharacters(in: .whitespaces).isEmpty else {
            throw .missingField(orderID: orderID, field: "reviewer")
        }
        guard let index = reviews.indices.last else { throw .noReview(orderID: orderID, action: action) }
        try refuseIfClosed(action)
        return index
    }

    private func refuseIfClosed(_ action: FraudAction) throws(FraudError) {
        guard closedAt == nil else { throw .notAllowed(orderID: orderID, action: action, status: status) }
    }

    private mutating func startRound(_ reasons: [RiskReason], at now: Date) throws(FraudError) -> FraudReviewOpened {
        guard !reasons.isEmpty else { throw .missingField(orderID: orderID, field: "list of reasons") }
        let round = ReviewCase(round: reviews.count + 1, reasons: reasons, openedAt: now)
        reviews.append(round)
        return opened(round)
    }

    private func opened(_ round: ReviewCase) -> FraudReviewOpened {
        FraudReviewOpened(
            orderID: orderID, merchantID: merchantID, round: round.round, reasons: round.reasons,
            openedAt: round.openedAt)
    }
}
