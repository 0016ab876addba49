import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies the facts Fraud Hold consumes to its store, inside the caller's transaction, and appends what
/// follows to its outbox (R4, R5): the one place where placements, payment outcomes, closures and the hold
/// timer meet the domain.
///
/// `order.placed` and `payment.*` come on independent streams, so either may arrive first: the hold starts
/// when both the order's facts and its authorisation are known. Every input is idempotent per order, so a
/// redelivered fact changes nothing and publishes nothing.
struct HoldDesk: Sendable {
    /// The durable timer kind that ends a hold; its id is `hold-end:<orderID>`.
    static let timerKind = "hold-end"

    let outbox: Outbox
    let clock: DomainClock
    let settings: FraudHoldSettings

    /// The id of an order's hold-end timer.
    static func timerID(_ orderID: OrderID) -> String { "\(timerKind):\(orderID.rawValue)" }

    // MARK: - Orders stream

    /// `order.placed`: remembers the facts the rules need, then settles a payment outcome that came first.
    func orderPlaced(_ placed: OrderPlaced, causation: String?, in db: Database) throws {
        let order = PlacedOrder(placed)
        guard try PlacedOrderRecords.insert(order, in: db) else { return }
        guard let payment = try PendingPaymentRecords.find(placed.orderID, in: db) else { return }
        try settle(payment, of: order, causation: causation, in: db)
        try PendingPaymentRecords.delete(placed.orderID, in: db)
    }

    /// `order.cancelled` or `order.declined`: the order is over, so its hold closes without a release, its
    /// timer is cancelled and nothing more is published about it (R4, R15).
    func orderEnded(_ orderID: OrderID, at time: Date, in db: Database) throws {
        try PlacedOrderRecords.close(orderID, at: time, in: db)
        try DurableTimers.cancel(id: Self.timerID(orderID), in: db)
        guard let stored = try HoldRecords.find(orderID, in: db) else { return }
        var hold = stored
        guard hold.close(at: time) else { return }
        try HoldRecords.update(hold, from: stored, in: db)
    }

    // MARK: - Payments stream

    /// `payment.authorised`: starts the hold once the order's facts are known, else keeps it pending.
    func paymentAuthorised(_ authorised: PaymentAuthorised, causation: String?, in db: Database) throws {
        let payment = PendingPayment(
            orderID: authorised.orderID, outcome: .authorised, card: authorised.card, at: authorised.authorisedAt)
        guard let order = try PlacedOrderRecords.find(authorised.orderID, in: db) else {
            return try PendingPaymentRecords.insert(payment, in: db)
        }
        try settle(payment, of: order, causation: causation, in: db)
    }

    /// `payment.declined`: counts the decline for the card at once, and for the customer once the order's
    /// email is known (`failed_payments`, R4).
    func paymentDeclined(_ declined: PaymentDeclined, in db: Database) throws {
        let payment = PendingPayment(
            orderID: declined.orderID, outcome: .declined, card: declined.card, at: declined.declinedAt)
        guard let order = try PlacedOrderRecords.find(declined.orderID, in: db) else {
            try recordDecline(of: payment, keys: [.card(fingerprint: declined.card.fingerprint)], in: db)
            return try PendingPaymentRecords.insert(payment, in: db)
        }
        try settle(payment, of: order, causation: nil, in: db)
    }

    // MARK: - Timer

    /// The hold-end timer fired: `fraud.hold_ended`, releasing the order unless a review is pending (R4, R5).
    func holdTimerFired(_ timer: DurableTimer, in db: Database) throws {
        guard timer.kind == Self.timerKind else { return }
        let orderID = OrderID(rawValue: String(timer.id.dropFirst(Self.timerKind.count + 1)))
        guard let stored = try HoldRecords.find(orderID, in: db), stored.status != .closed else { return }
        // The timer is due at the hold's end; a late firing ends the hold when it actually fires.
        let now = max(try clock.now(in: db), stored.holdEnds)
        var hold = stored
        let ended = try hold.holdEnded(at: now)
        guard hold != stored else { return }
        try HoldRecords.update(hold, from: stored, in: db)
        try outbox.append(ended, at: now, correlation: orderID.rawValue, in: db)
    }

    // MARK: - Settling

    /// Acts on a payment outcome whose order's facts are known.
    private func settle(_ payment: PendingPayment, of order: PlacedOrder, causation: String?, in db: Database) throws {
        switch payment.outcome {
        case .declined:
            let keys: [RiskProfileKey] = [.customer(email: order.email), .card(fingerprint: payment.card.fingerprint)]
            try recordDecline(of: payment, keys: keys, in: db)
        case .authorised:
            guard order.closedAt == nil, try !HoldRecords.exists(order.orderID, in: db) else { return }
            try startHold(order.riskFacts(card: payment.card), assessedAt: payment.at, causation: causation, in: db)
        }
    }

    /// Assesses the order against its profiles as they stood before it, records it in them, starts the
    /// hold, opens its review when the score reaches the threshold, and schedules the hold's end, or ends it
    /// at once when the authorisation came after it (R4).
    private func startHold(_ facts: OrderRiskFacts, assessedAt: Date, causation: String?, in db: Database) throws {
        let profiles = try RiskProfileRecords.profiles(facts.profileKeys, in: db)
        let assessment = settings.rules.assess(facts, profiles: profiles, at: assessedAt)
        for stored in profiles {
            var profile = stored
            profile.recordAuthorisedOrder(facts.orderID, amount: facts.amount, placedAt: facts.placedAt)
            try RiskProfileRecords.save(profile, replacing: stored, in: db)
        }
        let now = try clock.now(in: db)
        var start = FraudHold.start(
            orderID: facts.orderID, merchantID: facts.merchantID, placedAt: facts.placedAt, assessment: assessment,
            at: now, duration: settings.holdDuration)
        let correlation = facts.orderID.rawValue
        try outbox.append(start.started, at: now, correlation: correlation, causation: causation, in: db)
        if assessment.needsReview {
            let opened = try start.hold.open(reasons: assessment.reasons, at: now)
            try outbox.append(opened, at: now, correlation: correlation, causation: causation, in: db)
        }
        if now >= start.timer.fireAt {
            let ended = try start.hold.holdEnded(at: now)
            try outbox.append(ended, at: now, correlation: correlation, causation: causation, in: db)
        } else {
            try DurableTimers.schedule(
                DurableTimer(id: Self.timerID(facts.orderID), kind: Self.timerKind, due: start.timer.fireAt), in: db)
        }
        try HoldRecords.insert(start.hold, in: db)
    }

    /// Adds a declined payment to the profiles of `keys` (idempotent per order).
    private func recordDecline(of payment: PendingPayment, keys: [RiskProfileKey], in db: Database) throws {
        for stored in try RiskProfileRecords.profiles(keys, in: db) {
            var profile = stored
            profile.recordDecline(payment.orderID, at: payment.at)
            try RiskProfileRecords.save(profile, replacing: stored, in: db)
        }
    }
}
