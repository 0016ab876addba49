import Contracts

/// Fires when the order is at least `multiple` times the customer's usual amount (the median of their
/// earlier authorised orders in the same currency) and at least `floor` (R4).
/// Defaults: 5×, floor about 100 US dollars' worth (`AmountThreshold.scaled(100)`: 100.00 USD, 15000 JPY, …),
/// weight 40.
public struct AmountSpikeRule: RiskRule, Hashable {
    public var id: String { "amount_spike" }
    public var weight: Int
    /// How many times the usual amount the order must reach.
    public var multiple: Int64
    /// The order must also reach this absolute amount.
    public var floor: AmountThreshold

    public init(multiple: Int64 = 5, floor: AmountThreshold = .scaled(100), weight: Int = 40) {
        self.multiple = multiple
        self.floor = floor
        self.weight = weight
    }

    /// `500.00 USD is 5.0× this customer's usual 100.00 USD (limit 5× and at least 100.00 USD)`.
    public func explain(_ context: RiskContext) -> String? {
        let amount = context.order.amount
        let minimum = floor.amount(in: amount.currency)
        guard
            let usual = context.profile(.customer)?.usualAmount(in: amount.currency, excluding: context.order.orderID),
            usual.minorUnits > 0,
            amount.minorUnits >= multiple * usual.minorUnits,
            amount.minorUnits >= minimum.minorUnits
        else { return nil }
        let tenths = amount.minorUnits * 10 / usual.minorUnits
        return "\(amount) is \(tenths / 10).\(tenths % 10)× this customer's usual \(usual) "
            + "(limit \(multiple)× and at least \(minimum))"
    }
}
