import Contracts

/// R9: what `ShippingPlanner` decided for a purchase order.
public enum ShippingPlan: Sendable, Equatable {
    /// The service level the supplier must ship with, and why.
    case chosen(ShippingChoice)
    /// No service level of the catalogue can carry it (`reason` says why): the purchase order goes out without a
    /// carrier choice and the supplier ships with a carrier of its own.
    case unplanned(reason: String)

    /// The choice, if there is one.
    public var choice: ShippingChoice? {
        if case .chosen(let choice) = self { choice } else { nil }
    }
}
