/// Where one order's payment authorisation stands (R3, R5, R15):
/// `pending → authorised → (voided | captured → refunded)`, `pending → declined`, or `pending → voided`
/// (cancelled while a retry was scheduled).
public enum AuthorisationState: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Not yet answered, or waiting for a retry after a transient failure.
    case pending
    /// The issuer holds the amount.
    case authorised
    /// Finally refused; the order ends `declined`.
    case declined
    /// The hold was released (cancel, reject), or the order was cancelled before the gateway answered.
    case voided
    /// The money was taken at release.
    case captured
    /// The captured money was given back in full after release (merchant cancel, abandoned dispatch).
    case refunded

    public var description: String { rawValue }
}
