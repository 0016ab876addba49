/// Where one order's payment authorisation stands (R3, R5):
/// `pending → authorised → (voided | captured)`, or `pending → declined`.
public enum AuthorisationState: String, Hashable, Sendable, Codable, CustomStringConvertible {
    /// Not yet answered, or waiting for a retry after a transient failure.
    case pending
    /// The issuer holds the amount.
    case authorised
    /// Finally refused; the order ends `declined`.
    case declined
    /// The hold was released (cancel, decline, reject).
    case voided
    /// The money was taken at release.
    case captured

    public var description: String { rawValue }
}
