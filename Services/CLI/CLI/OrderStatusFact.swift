import Contracts
import Foundation

/// An event of the `orders` stream that moves an order to a status (R1-R11), as the demo's `OrderTally` reads it:
/// every such contract carries the order's id and the domain time.
protocol OrderStatusFact: EventPayload {
    /// The order the event is about.
    var orderID: OrderID { get }
    /// When the order changed status, in domain time.
    var at: Date { get }
}

extension OrderPlaced: OrderStatusFact {}
extension OrderAwaitingPayment: OrderStatusFact {}
extension OrderHeld: OrderStatusFact {}
extension OrderUnderReview: OrderStatusFact {}
extension OrderReleased: OrderStatusFact {}
extension OrderDeclined: OrderStatusFact {}
extension OrderCancelled: OrderStatusFact {}
extension OrderDispatched: OrderStatusFact {}
extension OrderDispatchExhausted: OrderStatusFact {}
extension OrderShipped: OrderStatusFact {}
extension OrderConfirmedFulfilled: OrderStatusFact {}
extension OrderDelivered: OrderStatusFact {}
extension OrderRefunded: OrderStatusFact {}
