/// The card behind a payment as `payments.show` shows it (`AuthorisationView.card`): never the number, nor the
/// fingerprint (R3).
public struct PaymentCardView: Codable, Sendable, Hashable {
    /// `visa`, `mastercard` or `unknown`.
    public var brand: String
    /// The last four digits, or empty when the token was not a number.
    public var last4: String
    /// The issuing country; nil when unknown.
    public var country: CountryCode?

    public init(brand: String, last4: String, country: CountryCode?) {
        self.brand = brand
        self.last4 = last4
        self.country = country
    }
}
