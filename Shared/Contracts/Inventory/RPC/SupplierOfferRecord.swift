/// What one supplier charges to ship one unit of a variation, and the stock level it normally holds (R6, R16).
public struct SupplierOfferRecord: Codable, Sendable, Hashable {
    public var supplierID: SupplierID
    /// Per unit.
    public var productCost: Money
    /// Per purchase order.
    public var shippingCost: Money
    /// Per purchase order.
    public var processingFee: Money
    /// The stock level the supplier normally holds; its low-stock alert fires at 20% of it (R16).
    public var referenceLevel: Int?
    /// R7: the supplier's contract lets it ship a purchase order it has not acknowledged (its ship report then
    /// stands for the acknowledgement). Nil or false, the default: it must acknowledge first, and a ship report for
    /// an unacknowledged purchase order is refused.
    public var shipsWithoutAcknowledgement: Bool?

    public init(
        supplierID: SupplierID, productCost: Money, shippingCost: Money, processingFee: Money,
        referenceLevel: Int? = nil, shipsWithoutAcknowledgement: Bool? = nil
    ) {
        self.supplierID = supplierID
        self.productCost = productCost
        self.shippingCost = shippingCost
        self.processingFee = processingFee
        self.referenceLevel = referenceLevel
        self.shipsWithoutAcknowledgement = shipsWithoutAcknowledgement
    }

    /// What a purchase order of `quantity` units costs, its landed cost: product × quantity + shipping +
    /// processing fee (R6).
    /// - Throws: `MoneyError` when the parts are in different currencies or the sum does not fit.
    public func cost(quantity: Int) throws(MoneyError) -> Money {
        try productCost.multiplied(by: quantity, for: "landed cost")
            .adding(shippingCost, for: "landed cost")
            .adding(processingFee, for: "landed cost")
    }
}
