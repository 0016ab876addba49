import Contracts

/// Fires when the email's domain is a disposable-address provider or one of its sub-domains (R4).
/// Default weight 25; `defaultDomains` is the built-in list.
public struct DisposableEmailRule: RiskRule, Hashable {
    /// Well-known throwaway-address providers, lower case.
    public static let defaultDomains: Set<String> = [
        "mailinator.com", "guerrillamail.com", "guerrillamail.net", "sharklasers.com", "10minutemail.com",
        "tempmail.com", "temp-mail.org", "yopmail.com", "trashmail.com", "throwawaymail.com", "getnada.com",
        "dispostable.com", "maildrop.cc", "fakeinbox.com", "mailnesia.com", "mintemail.com",
    ]

    public var id: String { "disposable_email" }
    public var weight: Int
    public var domains: Set<String>

    public init(domains: Set<String> = Self.defaultDomains, weight: Int = 25) {
        self.domains = domains
        self.weight = weight
    }

    /// `Email domain mailinator.com is a disposable email provider`, or for a sub-domain
    /// `Email domain eu.mailinator.com belongs to the disposable email provider mailinator.com`.
    public func explain(_ context: RiskContext) -> String? {
        guard let at = context.order.email.lastIndex(of: "@") else { return nil }
        let domain = context.order.email[context.order.email.index(after: at)...].lowercased()
            .trimmingSuffix(".")
        if domains.contains(domain) { return "Email domain \(domain) is a disposable email provider" }
        let providers = domains.filter { domain.hasSuffix("." + $0) }
        guard let provider = providers.max(by: { $0.count < $1.count }) else { return nil }
        return "Email domain \(domain) belongs to the disposable email provider \(provider)"
    }
}

/// Domain-name clean-up for the rule above.
extension String {
    /// The string without trailing `character`s (a fully qualified `example.com.` loses its dot).
    fileprivate func trimmingSuffix(_ character: Character) -> String {
        var text = self
        while text.last == character { text.removeLast() }
        return text
    }
}
