/// What the gateway tells Dropline about the card behind a token, as carried by `payment.*`: never the number
/// itself (R3).
///
/// The fingerprint is stable per card, so the fraud rules count orders and declines per card (R4).
public struct CardDetails: Hashable, Sendable, Codable {
    /// Stable per card (the same for its token and its number), e.g. `fp_1f0c…`.
    public var fingerprint: String
    /// `visa`, `mastercard` or `unknown`.
    public var brand: String
    /// The last four digits, or empty when the input was not a number.
    public var last4: String
    /// The issuing country, compared by the fraud rules with the shipping country; nil when unknown.
    public var country: CountryCode?

    public init(fingerprint: String, brand: String, last4: String, country: CountryCode?) {
        self.fingerprint = fingerprint
        self.brand = brand
        self.last4 = last4
        self.country = country
    }
}
