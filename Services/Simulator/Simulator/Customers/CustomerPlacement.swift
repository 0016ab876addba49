import Contracts

/// A placement as a generated customer sends it to `orders.place`: the same JSON as the orders service's
/// `PlacementRequest` (`listingID`, `sku`, `quantity`, `unitPrice` {`minorUnits`, `currency`}, `customer`
/// {`name`, `email`}, `shippingAddress`, `paymentToken`, `idempotencyKey`), kept here because the simulator is a
/// client of the orders service and does not link it.
public struct CustomerPlacement: Codable, Hashable, Sendable {
    /// The person who orders, as `orders.place` takes it.
    public struct Customer: Codable, Hashable, Sendable {
        public var name: String
        public var email: String
    }

    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    /// The listing's price per unit when the customer saw it (R1).
    public var unitPrice: Money
    public var customer: Customer
    public var shippingAddress: Address
    /// A token of the payments service's test gateway (`dropline payments test-cards`).
    public var paymentToken: String
    /// Makes a retried placement return the first order (R1); the caller sets it.
    public var idempotencyKey: String?
}
