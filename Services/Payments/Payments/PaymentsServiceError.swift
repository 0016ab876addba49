import Contracts

/// Why the payments service refused to start or to apply an event; each case is one sentence naming the values.
///
/// Refusals of the payment rules themselves are `PaymentError`s, thrown by the domain.
public enum PaymentsServiceError: Error, Hashable, CustomStringConvertible {
    /// A policy setting under `services.payments.settings` is unknown or has a bad value.
    case setting(key: String, reason: String)
    /// An event about an order whose `order.placed` was never applied here.
    case unknownOrder(OrderID, eventType: String)
    /// A stored row that this code cannot read back.
    case corruptRow(table: String, key: String, column: String)

    public var description: String {
        switch self {
        case .setting(let key, let reason):
            "Payments setting '\(key)': \(reason)."
        case .unknownOrder(let order, let type):
            "Payments has no authorisation for order \(order), so it cannot apply \(type)."
        case .corruptRow(let table, let key, let column):
            "The \(table) row \(key) has an unreadable \(column)."
        }
    }
}
