import Contracts

/// Fires when the customer has no earlier authorised order and this one reaches `floor` (R4).
/// Defaults: about 200 US dollars' worth (`AmountThreshold.scaled(200)`: 200.00 USD, 200.00 EUR, 30000 JPY,
/// 1000.00 BRL, …), weight 25.
public struct FirstOrderAmountRule: RiskRule, Hashable {
    public var id: String { "first_order_high_amount" }
    public var weight: Int
    public var floor: AmountThreshold

    public init(floor: AmountThreshold = .scaled(200), weight: Int = 25) {
        self.floor = floor
        self.weight = weight
    }

    /// `First order from this customer is 250.00 USD (limit 200.00 USD)`.
    public func explain(_ context: RiskContext) -> String? {
        let amount = context.order.amount
        let minimum = floor.amount(in: amount.currency)
        guard let customer = context.profile(.customer), !customer.hasOrders(excluding: context.order.orderID),
            amount.minorUnits >= minimum.minorUnits
        else { return nil }
        return "First order from this customer is \(amount) (limit \(minimum))"
    }
}
