import Contracts

/// An event the orders service cannot apply: it is dead-lettered with this sentence for a person to look at
/// (docs/architecture.md §3).
public enum OrdersHandlingError: Error, Equatable, CustomStringConvertible {
    /// A fact about an order this service never placed.
    case unknownOrder(OrderID)

    public var description: String {
        switch self {
        case .unknownOrder(let id): "Order \(id) was never placed here; the fact about it cannot be applied."
        }
    }
}
