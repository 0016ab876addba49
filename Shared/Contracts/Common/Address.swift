/// A postal address as the customer gave it; `OrderValidation` checks it against its country's format.
public struct Address: Hashable, Sendable, Codable {
    /// The recipient's full name.
    public var name: String
    public var line1: String
    public var line2: String?
    public var city: String
    /// State, province, prefecture or region, where the country uses one.
    public var region: String?
    public var postalCode: String?
    /// ISO 3166-1 alpha-2, validated.
    public var country: String
    public var phone: String?

    public init(
        name: String, line1: String, line2: String? = nil, city: String, region: String? = nil,
        postalCode: String? = nil, country: String, phone: String? = nil
    ) {
        self.name = name
        self.line1 = line1
        self.line2 = line2
        self.city = city
        self.region = region
        self.postalCode = postalCode
        self.country = country
        self.phone = phone
    }
}
