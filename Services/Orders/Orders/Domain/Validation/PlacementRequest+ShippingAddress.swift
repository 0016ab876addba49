import Contracts

extension PlacementRequest {
    /// Where the order goes, as the customer sent it: the JSON keys of `Address` (`postalCode`).
    ///
    /// The fields are those of `Address`; the country is kept as text so that `br` can be refused with a hint.
    public struct ShippingAddress: Hashable, Sendable, Codable {
        /// The recipient's full name.
        public var name: String
        public var line1: String
        public var line2: String?
        public var city: String
        /// State, province, prefecture or region, where the country uses one.
        public var region: String?
        public var postalCode: String?
        /// Expected to be an ISO 3166-1 alpha-2 code in upper case, e.g. `BR`.
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

        /// The same address as given in `address`.
        public init(_ address: Address) {
            self.init(
                name: address.name, line1: address.line1, line2: address.line2, city: address.city,
                region: address.region, postalCode: address.postalCode, country: address.country,
                phone: address.phone)
        }

        /// This address as the shared contract type, for the order and its events.
        public var address: Address {
            Address(
                name: name, line1: line1, line2: line2, city: city, region: region, postalCode: postalCode,
                country: country, phone: phone)
        }
    }
}
