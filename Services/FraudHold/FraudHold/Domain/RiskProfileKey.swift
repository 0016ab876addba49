import Contracts
import Foundation

/// What a risk profile is kept per: a customer's email, a card fingerprint, a shipping address or an IP (R4).
///
/// Values are normalised so that trivial variations meet in one profile: emails lose case and a `+tag`,
/// addresses lose case, accents, punctuation and spacing (the recipient's name and phone are left out).
public struct RiskProfileKey: Hashable, Sendable, Codable, CustomStringConvertible {
    /// The four dimensions.
    public enum Kind: String, Hashable, Sendable, Codable, CaseIterable {
        case customer, card, address, ip

        /// The noun used in explanations: "orders from this card".
        public var noun: String { self == .ip ? "IP address" : rawValue }
    }

    public let kind: Kind
    /// The normalised value.
    public let value: String

    /// `kind:value`, e.g. `customer:ana@example.com`.
    public var description: String { "\(kind.rawValue):\(value)" }

    /// The customer profile: email lower-cased and trimmed, `+tag` removed from the local part.
    public static func customer(email: String) -> RiskProfileKey {
        let lowered = email.trimmingCharacters(in: .whitespaces).lowercased()
        guard let at = lowered.lastIndex(of: "@") else { return RiskProfileKey(kind: .customer, value: lowered) }
        let local = lowered[..<at].split(separator: "+", maxSplits: 1, omittingEmptySubsequences: false)[0]
        return RiskProfileKey(kind: .customer, value: String(local) + String(lowered[at...]))
    }

    /// The card profile, by the gateway's fingerprint.
    public static func card(fingerprint: String) -> RiskProfileKey {
        RiskProfileKey(kind: .card, value: fingerprint)
    }

    /// The address profile: street lines, city, postal code and country, each folded to lower-case letters
    /// and digits separated by single spaces, joined by `|`.
    public static func address(_ address: Address) -> RiskProfileKey {
        let parts = [address.line1, address.line2 ?? "", address.city, address.postalCode ?? "", address.country]
        let folded = parts.map { part in
            part.folding(options: [.caseInsensitive, .diacriticInsensitive, .widthInsensitive], locale: nil)
                .split(whereSeparator: { !$0.isLetter && !$0.isNumber })
                .joined(separator: " ")
        }
        return RiskProfileKey(kind: .address, value: folded.joined(separator: "|"))
    }

    /// The IP profile, lower-cased (IPv6 hex digits).
    public static func ip(_ address: String) -> RiskProfileKey {
        RiskProfileKey(kind: .ip, value: address.trimmingCharacters(in: .whitespaces).lowercased())
    }
}
