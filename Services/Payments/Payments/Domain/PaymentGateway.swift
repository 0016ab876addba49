import Contracts

/// A card gateway as Dropline's payment domain uses it: authorise, then void or capture, and refund what was
/// captured (R3, R5, R15).
///
/// The customer's client tokenises the card with the gateway; Dropline only ever passes the token on.
/// Calls are synchronous and mutate the gateway value, so `TestGateway` stays a pure, deterministic value;
/// a network adapter conforms as a reference type and is called off the cooperative pool.
public protocol PaymentGateway: Sendable {
    /// Asks the issuer to hold `amount` on the card behind `token`. Retrying with the same
    /// `idempotencyKey` never authorises twice: a final answer is repeated, a transient one may change.
    mutating func authorise(_ amount: Money, token: String, idempotencyKey: String) -> GatewayResponse
    /// Releases the hold. Voiding a voided authorisation is accepted again.
    mutating func void(authorisationID: String) -> GatewayReply
    /// Takes up to the authorised amount. Capturing the same amount again is accepted again.
    mutating func capture(authorisationID: String, amount: Money) -> GatewayReply
    /// Gives back up to the captured amount of a captured authorisation. Refunding the same amount again is
    /// accepted again.
    mutating func refund(authorisationID: String, amount: Money) -> GatewayReply
}

/// The gateway's answer to a void, capture or refund.
public enum GatewayReply: Hashable, Sendable {
    case accepted
    /// Refused, with the gateway's reason in words.
    case refused(reason: String)
}
