import Foundation
import Mail

/// R1: the customer's email address, surrounding white space ignored, checked with the one rule every mail is
/// written by (`EmailAddressRule` in Mail), so that an order accepted here can always be mailed: internationalised
/// addresses included (RFC 6531, 6532).
enum EmailRule {
    /// Why `email` is refused, or nil if it is accepted.
    static func refusal(of email: String) -> String? {
        EmailAddressRule.refusal(of: email.trimmingCharacters(in: .whitespacesAndNewlines))
    }
}
