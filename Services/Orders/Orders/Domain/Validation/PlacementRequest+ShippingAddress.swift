import Contracts

extension PlacementRequest {
    /// Where the order goes, as the customer sent it: the shared `Address` (its country is text, so that `br` can
    /// be refused with a hint before it becomes a `CountryCode`).
    public typealias ShippingAddress = Address
}
