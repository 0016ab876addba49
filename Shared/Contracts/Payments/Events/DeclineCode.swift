/// Why an authorisation was declined, as the stable snake_case code carried by `payment.declined` (R3).
///
/// The codes follow Stripe's decline codes where one exists; `unknown_card` and `gateway_unavailable` are
/// Dropline's own.
public enum DeclineCode: String, Hashable, Sendable, Codable, CaseIterable, CustomStringConvertible {
    /// The issuer declined without saying why.
    case cardDeclined = "card_declined"
    /// The account lacks the funds.
    case insufficientFunds = "insufficient_funds"
    /// The card has expired.
    case expiredCard = "expired_card"
    /// The card number fails the Luhn check.
    case invalidCard = "invalid_card"
    /// The gateway knows no card for this token or number.
    case unknownCard = "unknown_card"
    /// The amount is zero or negative.
    case invalidAmount = "invalid_amount"
    /// Every attempt of the retry policy failed transiently.
    case gatewayUnavailable = "gateway_unavailable"

    public var description: String { rawValue }
}
