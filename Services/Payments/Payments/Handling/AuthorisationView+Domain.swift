import Contracts

extension AuthorisationView {
    /// `payments.show`'s answer for `authorisation`: the card without its fingerprint, and no token.
    init(_ authorisation: Authorisation) {
        self.init(
            orderID: authorisation.orderID, state: authorisation.state, amount: authorisation.amount,
            card: authorisation.card.map { PaymentCardView(brand: $0.brand, last4: $0.last4, country: $0.country) },
            attempts: authorisation.attempts, authorisationID: authorisation.authorisationID,
            declineCode: authorisation.declineCode, nextAttemptAt: authorisation.nextAttemptAt,
            decidedAt: authorisation.decidedAt, voidedAt: authorisation.voidedAt, captured: authorisation.captured,
            capturedAt: authorisation.capturedAt, refundedAt: authorisation.refundedAt)
    }
}
