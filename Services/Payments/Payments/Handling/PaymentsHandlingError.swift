import Contracts

/// Why the payments service cannot apply an event or read a stored row; each case is one sentence naming the
/// values. An event a handler throws it for is dead-lettered with this sentence.
///
/// Refusals of the payment rules themselves are `PaymentError`s, thrown by the domain; a bad setting is a
/// `SettingsError`.
public enum PaymentsHandlingError: Error, Hashable, CustomStringConvertible {
    /// An event about an order whose `order.placed` was never applied here.
    case unknownOrder(OrderID, eventType: String)
    /// A stored row that this code cannot read back.
    case corruptRow(table: String, key: String, column: String)

    public var description: String {
        switch self {
        case .unknownOrder(let order, let type):
            "Payments has no authorisation for order \(order), so it cannot apply \(type)."
        case .corruptRow(let table, let key, let column):
            "The \(table) row \(key) has an unreadable \(column)."
        }
    }
}
