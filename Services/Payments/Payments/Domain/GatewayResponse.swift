import Contracts

/// The gateway's answer to one authorisation attempt: the result and, always, the card (R3, R4).
public struct GatewayResponse: Hashable, Sendable {
    /// The three kinds of answer.
    public enum Result: Hashable, Sendable {
        /// The issuer holds the amount under this gateway authorisation id.
        case approved(authorisationID: String)
        /// A final refusal: retrying will not help.
        case declined(DeclineCode)
        /// The attempt failed for a reason that may pass (`processing_error`, `gateway_unavailable`).
        case transientFailure(reason: String)
    }

    public var result: Result
    /// The card behind the token, so that fraud rules can count per card even for declines.
    public var card: CardDetails

    public init(result: Result, card: CardDetails) {
        self.result = result
        self.card = card
    }
}
