/// R9: the Confirmed Delivery policy table of the mesh config's `confirmed_delivery:`: for a destination country,
/// the order value from which the order must ship with last-mile tracking (so that delivery is confirmed by the
/// carrier, R11, R12).
public struct ConfirmedDeliveryPolicy: Sendable, Hashable {
    /// The minimum order value per destination; a destination not listed never requires it.
    public var minimumOrderValues: [CountryCode: Money]

    public init(_ minimumOrderValues: [CountryCode: Money] = [:]) {
        self.minimumOrderValues = minimumOrderValues
    }

    /// Whether an order of `value` to `destination` falls under Confirmed Delivery: at or above the destination's
    /// minimum. An order priced in another currency than the minimum cannot be compared without a rate, so it
    /// falls under the policy too: the safe side for the merchant and the customer.
    public func requiresConfirmedDelivery(destination: CountryCode, orderValue: Money) -> Bool {
        guard let minimum = minimumOrderValues[destination] else { return false }
        guard minimum.currency == orderValue.currency else { return true }
        return orderValue.minorUnits >= minimum.minorUnits
    }
}
