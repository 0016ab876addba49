/// The payments service's test-gateway tokens the generated customers pay with (`dropline payments test-cards`;
/// the table is the payments service's `TestCard.all`, which the simulator does not link).
///
/// Each customer pays with a card of their own: a token here with the customer's suffix (`ownCard`), which the
/// test gateway answers as the token but fingerprints as a card of its own, so that the fraud hold's card
/// velocity counts one customer's orders, not every `tok_visa` order of the run (R3, R4).
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

    /// Customer `customer`'s own card with `token`'s behaviour, brand and country: `tok_visa.c42-s1`.
    ///
    /// The test gateway takes `<token>.<suffix>`, the suffix 1 to 40 characters of `A-Z a-z 0-9 _ -`; here it is
    /// `c<customer>-s<seed>`, so that two customers, or the same customer number under two seeds (a `--keep` run),
    /// never share a card, and a returning customer pays with the same card again. It stays within 40 characters
    /// for any seed and any customer number below 10¹⁷.
    static func ownCard(_ token: String, customer: Int, seed: UInt64) -> String {
        "\(token).c\(customer)-s\(seed)"
    }
}
