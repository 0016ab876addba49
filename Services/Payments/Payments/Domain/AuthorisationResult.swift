import Contracts
import Foundation

/// What an authorisation attempt came to (R3).
public enum AuthorisationResult: Hashable, Sendable {
    /// Publish `payment.authorised`.
    case authorised(PaymentAuthorised)
    /// Publish `payment.declined`.
    case declined(PaymentDeclined)
    /// A transient failure: schedule a timer for `at` and call `authorise` again then.
    case retryScheduled(at: Date, failedAttempts: Int)
    /// The authorisation was cancelled while it waited for a retry: no attempt is made, nothing new to publish.
    case voided(PaymentVoided)
}
