import Contracts
import Foundation

/// R11: the customer confirms receipt (`orders.confirm_delivery`).
extension Order {
    /// R11: the customer says the order arrived. `shipped` or `confirmed_fulfilled` → `delivered` (evidence
    /// `customer`) with `order.delivery_confirmed` and `order.delivered`. An order the carrier delivered first stays
    /// `delivered`: the confirmation is still published (R12 counts its 5 days from it for an order outside Confirmed
    /// Delivery) and noted on the timeline. Confirming again changes nothing and publishes nothing.
    /// - Throws: `notDeliverable` before the order shipped (Orders has no shipment of it yet), and once it was
    ///   refunded or cancelled.
    public mutating func confirmDelivery(at: Date) throws(OrderError) -> [OrderEvent] {
        guard !timeline.contains(where: { $0.cause == .customerConfirmedDelivery }) else { return [] }
        let confirmed = OrderEvent.deliveryConfirmed(OrderDeliveryConfirmed(orderID: id, at: at))
        switch status {
        case .shipped, .confirmedFulfilled:
            enter(.delivered, at: at, cause: .customerConfirmedDelivery)
            let delivered = OrderDelivered(
                orderID: id, evidence: .customer, requiresConfirmedDelivery: nil, at: at, followUps: [])
            return [confirmed, .delivered(delivered)]
        case .delivered:
            note("the customer confirmed receipt", cause: .customerConfirmedDelivery, at: at)
            return [confirmed]
        default:
            throw .notDeliverable(id, status)
        }
    }
}
