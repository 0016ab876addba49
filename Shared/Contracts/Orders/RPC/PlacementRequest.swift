/// The parameters of `orders.place`: what a customer sends to place an order (R1), exactly as it arrives. Every
/// field is kept as text or number so that a wrong value becomes a field-level refusal from the orders service's
/// validator instead of a decoding failure.
///
/// JSON keys are the property names (camelCase, as everywhere in Dropline): `listingID`, `sku`, `quantity`,
/// `unitPrice` {`minorUnits`, `currency`}, `customer` {`name`, `email`}, `shippingAddress` {…}, `paymentToken`,
/// `idempotencyKey` (optional).
public struct PlacementRequest: Hashable, Sendable, Codable {
    /// Where the order goes, as the customer sent it: the shared `Address` (its country is text, so that `br` can
    /// be refused with a hint before it becomes a `CountryCode`).
    public typealias ShippingAddress = Address

    public var listingID: ListingID
    /// The listing's variation the customer chose.
    public var sku: String
    public var quantity: Int
    /// The price per unit the customer was shown; R1 refuses the order if the listing's price has changed since.
    public var unitPrice: Price
    public var customer: Customer
    public var shippingAddress: ShippingAddress
    /// The payment method, as tokenised by the payment provider.
    public var paymentToken: String
    /// A client-chosen key that makes a retried placement return the first result (R1).
    public var idempotencyKey: String?

    public init(
        listingID: ListingID, sku: String, quantity: Int, unitPrice: Price, customer: Customer,
        shippingAddress: ShippingAddress, paymentToken: String, idempotencyKey: String? = nil
    ) {
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.customer = customer
        self.shippingAddress = shippingAddress
        self.paymentToken = paymentToken
        self.idempotencyKey = idempotencyKey
    }

    /// A price as the client sent it: integer minor units and a currency code still to be checked against
    /// ISO 4217.
    public struct Price: Hashable, Sendable, Codable {
        public var minorUnits: Int64
        /// Expected to be an ISO 4217 code with minor units, e.g. `EUR`.
        public var currency: String

        public init(minorUnits: Int64, currency: String) {
            self.minorUnits = minorUnits
            self.currency = currency
        }

        /// The same amount as a client sends it.
        public init(_ money: Money) {
            self.init(minorUnits: money.minorUnits, currency: money.currency.code)
        }

        /// This price as `Money`, or nil if the currency is not an ISO 4217 currency with minor units.
        public var money: Money? {
            CurrencyCode(currency).map { Money(minorUnits: minorUnits, currency: $0) }
        }
    }

    /// The person who orders: who to tell about the order.
    public struct Customer: Hashable, Sendable, Codable {
        public var name: String
        public var email: String

        public init(name: String, email: String) {
            self.name = name
            self.email = email
        }
    }
}
