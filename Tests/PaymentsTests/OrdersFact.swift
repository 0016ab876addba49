import Contracts
import Foundation

/// An `orders` event as `PaymentsHarness.apply` delivers it: its envelope carries the fact's order and time.
protocol OrdersFact: EventPayload {
    var orderID: OrderID { get }
    var at: Date { get }
}

extension OrderPlaced: OrdersFact {}
extension OrderCancelled: OrdersFact {}
extension OrderReleased: OrdersFact {}
extension OrderDeclined: OrdersFact {}
extension OrderHeld: OrdersFact {}
extension OrderRefunded: OrdersFact {}
