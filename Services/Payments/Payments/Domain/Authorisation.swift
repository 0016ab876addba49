import Contracts
import Foundation

/// One order's payment authorisation, keyed by order id: `pending → authorised → (voided | captured → refunded)`,
/// `pending → declined`, or `pending → voided` when the order is cancelled during a retry (R3, R5, R15).
///
/// Inputs are idempotent: repeating `authorise`, `void`, `capture` or `refund` after it took effect returns the
/// first fact again without calling the gateway, so the handler publishes only when `state` changed.
public struct Authorisation: Hashable, Sendable, Codable {
    public let orderID: OrderID
    public let amount: Money
    /// The gateway token; never a card number (R3). Empty when placement gave no usable token.
    public let paymentToken: String
    public private(set) var state: AuthorisationState = .pending
    /// Gateway attempts so far, retries included.
    public private(set) var attempts = 0
    /// When the next attempt is due after a transient failure.
    public private(set) var nextAttemptAt: Date?
    public private(set) var card: CardDetails?
    public private(set) var authorisationID: String?
    public private(set) var declineCode: DeclineCode?
    /// When the gateway gave its final answer (authorised or declined).
    public private(set) var decidedAt: Date?
    public private(set) var voidedAt: Date?
    public private(set) var captured: Money?
    public private(set) var capturedAt: Date?
    /// When the captured amount was given back (R15).
    public private(set) var refundedAt: Date?

    /// The key sent with every attempt, so that retries never authorise twice.
    public var idempotencyKey: String { "authorise-\(orderID.rawValue)" }

    /// A pending authorisation. Refuses an amount ≤ 0 and a token that is a raw card number (R3).
    public init(orderID: OrderID, amount: Money, paymentToken: String) throws(PaymentError) {
        guard amount.minorUnits > 0 else { throw .invalidAmount(orderID: orderID, amount) }
        guard CardNumber.number(in: paymentToken) == nil else { throw .cardNumberNotAllowed(orderID: orderID) }
        self.orderID = orderID
        self.amount = amount
        self.paymentToken = paymentToken
    }

    /// The authorisation placement asks for (R3): pending with a usable token, else declined at once without a
    /// gateway call. No token, an empty one or a raw card number (with a test-card suffix or not) is declined
    /// `invalid_card` (a number is dropped: only its brand, last four and fingerprint are kept, as for any card);
    /// an amount ≤ 0, `invalid_amount`.
    public static func placed(orderID: OrderID, amount: Money, paymentToken: String?, at now: Date) -> Authorisation {
        let token = (paymentToken ?? "").trimmingCharacters(in: .whitespacesAndNewlines)
        let unnamed = CardDetails(fingerprint: CardNumber.fingerprint(token), brand: "unknown", last4: "", country: nil)
        if let digits = CardNumber.number(in: token) {
            return Authorisation(
                refused: orderID, amount: amount, code: .invalidCard, card: CardNumber.unknownDetails(digits), at: now)
        }
        guard !token.isEmpty else {
            return Authorisation(refused: orderID, amount: amount, code: .invalidCard, card: unnamed, at: now)
        }
        do {
            return try Authorisation(orderID: orderID, amount: amount, paymentToken: token)
        } catch {
            // The token is usable (not empty, not a number), so only the amount can have been refused.
            return Authorisation(refused: orderID, amount: amount, code: .invalidAmount, card: unnamed, at: now)
        }
    }

    /// An authorisation declined before any gateway call, keeping no token.
    private init(refused orderID: OrderID, amount: Money, code: DeclineCode, card: CardDetails, at now: Date) {
        self.orderID = orderID
        self.amount = amount
        self.paymentToken = ""
        self.state = .declined
        self.card = card
        self.declineCode = code
        self.decidedAt = now
    }

    /// An authorisation exactly as the store kept it (`AuthorisationRecords`); checks no rule.
    init(
        orderID: OrderID, amount: Money, paymentToken: String, state: AuthorisationState, attempts: Int,
        nextAttemptAt: Date?, card: CardDetails?, authorisationID: String?, declineCode: DeclineCode?,
        decidedAt: Date?, voidedAt: Date?, captured: Money?, capturedAt: Date?, refundedAt: Date?
    ) {
        self.orderID = orderID
        self.amount = amount
        self.paymentToken = paymentToken
        self.state = state
        self.attempts = attempts
        self.nextAttemptAt = nextAttemptAt
        self.card = card
        self.authorisationID = authorisationID
        self.declineCode = declineCode
        self.decidedAt = decidedAt
        self.voidedAt = voidedAt
        self.captured = captured
        self.capturedAt = capturedAt
        self.refundedAt = refundedAt
    }

    // MARK: - Inputs

    /// Asks the gateway, unless the first result is known, the order was cancelled, or a retry is not yet due (R3).
    public mutating func authorise<Gateway: PaymentGateway>(
        using gateway: inout Gateway, at now: Date, retryPolicy: RetryPolicy = RetryPolicy()
    ) -> AuthorisationResult {
        if let result = firstResult { return result }
        if let fact = voidedFact { return .voided(fact) }
        if let due = nextAttemptAt, now < due { return .retryScheduled(at: due, failedAttempts: attempts) }
        let response = gateway.authorise(amount, token: paymentToken, idempotencyKey: idempotencyKey)
        attempts += 1
        card = response.card
        switch response.result {
        case .approved(let id):
            authorisationID = id
            return decide(.authorised, at: now)
        case .declined(let code):
            declineCode = code
            return decide(.declined, at: now)
        case .transientFailure:
            switch retryPolicy.decide(afterFailedAttempts: attempts, now: now) {
            case .retry(let due):
                nextAttemptAt = due
                return .retryScheduled(at: due, failedAttempts: attempts)
            case .decline(let code):
                declineCode = code
                return decide(.declined, at: now)
            }
        }
    }

    /// Releases the hold on cancel or reject. Legal from `authorised`, and from `pending`, where it stops the
    /// retries without a gateway call (nothing is held, so the fact's `authorisationID` is empty).
    /// Repeated, returns the first fact.
    public mutating func void<Gateway: PaymentGateway>(
        using gateway: inout Gateway, at now: Date
    ) throws(PaymentError) -> PaymentVoided {
        if let fact = voidedFact { return fact }
        if state == .pending {
            state = .voided
            voidedAt = now
            nextAttemptAt = nil
            return PaymentVoided(orderID: orderID, authorisationID: "", amount: amount, voidedAt: now)
        }
        guard state == .authorised, let id = authorisationID else {
            throw .invalidTransition(orderID: orderID, from: state, to: .voided)
        }
        if case .refused(let reason) = gateway.void(authorisationID: id) {
            throw .gatewayRefused(orderID: orderID, operation: "void", reason: reason)
        }
        state = .voided
        voidedAt = now
        return PaymentVoided(orderID: orderID, authorisationID: id, amount: amount, voidedAt: now)
    }

    /// Takes `amount` (at most the authorised amount, same currency) at release (R5).
    /// Repeated with the same amount, returns the first fact, also once the payment was refunded.
    public mutating func capture<Gateway: PaymentGateway>(
        _ requested: Money, using gateway: inout Gateway, at now: Date
    ) throws(PaymentError) -> PaymentCaptured {
        if let captured, let fact = capturedFact {
            guard captured == requested else {
                throw .alreadyCaptured(orderID: orderID, captured: captured, requested: requested)
            }
            return fact
        }
        guard state == .authorised, let id = authorisationID else {
            throw .invalidTransition(orderID: orderID, from: state, to: .captured)
        }
        guard requested.currency == amount.currency else {
            throw .currencyMismatch(orderID: orderID, authorised: amount, requested: requested)
        }
        guard requested.minorUnits > 0 else { throw .invalidAmount(orderID: orderID, requested) }
        guard requested.minorUnits <= amount.minorUnits else {
            throw .exceedsAuthorised(orderID: orderID, authorised: amount, requested: requested)
        }
        if case .refused(let reason) = gateway.capture(authorisationID: id, amount: requested) {
            throw .gatewayRefused(orderID: orderID, operation: "capture", reason: reason)
        }
        state = .captured
        captured = requested
        capturedAt = now
        return PaymentCaptured(orderID: orderID, authorisationID: id, amount: requested, capturedAt: now)
    }

    /// Gives the whole captured amount back after release, when the merchant cancels or no supplier can ship
    /// (R6, R15). Legal only from `captured`. Repeated, returns the first fact.
    public mutating func refund<Gateway: PaymentGateway>(
        using gateway: inout Gateway, at now: Date
    ) throws(PaymentError) -> PaymentRefunded {
        if let fact = refundedFact { return fact }
        guard state == .captured, let id = authorisationID, let captured else {
            throw .invalidTransition(orderID: orderID, from: state, to: .refunded)
        }
        if case .refused(let reason) = gateway.refund(authorisationID: id, amount: captured) {
            throw .gatewayRefused(orderID: orderID, operation: "refund", reason: reason)
        }
        state = .refunded
        refundedAt = now
        return PaymentRefunded(orderID: orderID, authorisationID: id, amount: captured, refundedAt: now)
    }

    // MARK: - Facts

    /// Records the gateway's final answer and returns its fact.
    private mutating func decide(_ final: AuthorisationState, at now: Date) -> AuthorisationResult {
        state = final
        decidedAt = now
        nextAttemptAt = nil
        guard let result = firstResult else { preconditionFailure("order \(orderID): \(final) without its facts") }
        return result
    }

    /// The authorised or declined fact, once the gateway gave a final answer.
    private var firstResult: AuthorisationResult? {
        guard let decidedAt, let card else { return nil }
        if let authorisationID {
            return .authorised(
                PaymentAuthorised(
                    orderID: orderID, authorisationID: authorisationID, amount: amount, card: card,
                    authorisedAt: decidedAt))
        }
        guard let declineCode else { return nil }
        return .declined(
            PaymentDeclined(
                orderID: orderID, amount: amount, reason: declineCode, card: card, attempts: attempts,
                declinedAt: decidedAt))
    }

    private var voidedFact: PaymentVoided? {
        guard state == .voided, let voidedAt else { return nil }
        return PaymentVoided(
            orderID: orderID, authorisationID: authorisationID ?? "", amount: amount, voidedAt: voidedAt)
    }

    private var capturedFact: PaymentCaptured? {
        guard let authorisationID, let captured, let capturedAt else { return nil }
        return PaymentCaptured(
            orderID: orderID, authorisationID: authorisationID, amount: captured, capturedAt: capturedAt)
    }

    private var refundedFact: PaymentRefunded? {
        guard state == .refunded, let authorisationID, let captured, let refundedAt else { return nil }
        return PaymentRefunded(
            orderID: orderID, authorisationID: authorisationID, amount: captured, refundedAt: refundedAt)
    }
}
