/// The payments service's test-gateway tokens the generated customers pay with (`dropline payments test-cards`;
/// the table is the payments service's `TestCard.all`, which the simulator does not link).
enum TestCardTokens {
    /// Cards authorised at once, by issuing country.
    static let approving: [String: [String]] = [
        "US": ["tok_visa", "tok_mastercard"], "GB": ["tok_visa_gb"], "BR": ["tok_visa_br"],
        "DE": ["tok_visa_de", "tok_mastercard_de"], "FR": ["tok_visa_fr"], "CA": ["tok_visa_ca"],
        "JP": ["tok_visa_jp"],
    ]

    /// The issuing countries of `approving`, in a fixed order.
    static let approvingCountries = approving.keys.sorted()

    /// What customers in a country without a test card of its own pay with: US cards, as a traveller or an
    /// expatriate would (their orders carry a country mismatch, R4).
    static let foreign = ["tok_visa", "tok_mastercard"]

    /// Cards declined at every attempt (R3).
    static let declining = ["tok_declined", "tok_insufficient_funds", "tok_expired_card"]

    /// A transient `processing_error` on the first attempt, authorised on the retry.
    static let transient = "tok_processing_error"

    /// Throwaway-address providers, which the fraud hold's `disposable_email` rule knows (R4).
    static let disposableEmailDomains = ["mailinator.com", "yopmail.com", "guerrillamail.com", "sharklasers.com"]
}
