import Contracts

/// Fires when the order is at least `multiple` times the customer's usual amount (the median of their
/// earlier authorised orders in the same currency) and at least `floor` (R4).
/// Defaults: 5×, floor about 100 US dollars' worth (`AmountThreshold.scaled(100)`: 100.00 USD, 15000 JPY, …),
/// weight 40.
///
/// The comparison is checked arithmetic (`Money.multiplied(by:for:)`) and never traps. An amount too large to
/// compare, where the limit (`multiple` × the usual amount) does not fit in 64-bit minor units, counts as a
/// spike: the rule fires and says why, so the amount weighs on the score as a spike would and a person can look
/// at it. An order that reaches the limit but is too large for its ratio to be computed fires without the ratio.
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
            usual.minorUnits > 0, amount.minorUnits >= minimum.minorUnits
        else { return nil }
        let limits = "(limit \(multiple)× and at least \(minimum))"
        guard let limit = try? usual.multiplied(by: Int(multiple), for: "amount_spike limit") else {
            return "\(amount) cannot be compared with \(multiple)× this customer's usual \(usual), which is beyond "
                + "64-bit minor units; counted as a spike \(limits)"
        }
        guard amount.minorUnits >= limit.minorUnits else { return nil }
        guard let scaled = try? amount.multiplied(by: 10, for: "amount_spike ratio") else {
            return "\(amount) is at least \(multiple)× this customer's usual \(usual) \(limits)"
        }
        let tenths = scaled.minorUnits / usual.minorUnits
        return "\(amount) is \(tenths / 10).\(tenths % 10)× this customer's usual \(usual) \(limits)"
    }
}
