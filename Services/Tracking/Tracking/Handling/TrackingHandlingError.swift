import Contracts

/// An event Tracking cannot apply; it is dead-lettered with this sentence.
enum TrackingHandlingError: Error, Equatable, CustomStringConvertible {
    /// `purchase_order.shipped` whose purchase order was never sent and whose order was never released: neither the
    /// merchant nor the release time is known.
    case unknownPurchaseOrder(PurchaseOrderID)
    /// `order.released` whose shipping address names no ISO 3166 country.
    case unknownCountry(OrderID, String)
    /// Another purchase order already shipped with this carrier and tracking number.
    case trackingNumberTaken(PurchaseOrderID, carrier: String, trackingNumber: String)

    var description: String {
        switch self {
        case .unknownPurchaseOrder(let id):
            "Purchase order \(id) shipped, but neither its purchase_order.sent nor its order's release is known."
        case .unknownCountry(let id, let country):
            "Order \(id) was released to country \(String(reflecting: country)), which is not an ISO 3166 code."
        case .trackingNumberTaken(let id, let carrier, let number):
            "Purchase order \(id) shipped with \(carrier) \(number), a number another purchase order shipped with."
        }
    }
}
