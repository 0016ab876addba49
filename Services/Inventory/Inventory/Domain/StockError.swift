import Contracts

/// Why the Inventory domain refused an operation; each sentence names the SKU, order and numbers involved.
public enum StockError: Error, Equatable, Sendable, CustomStringConvertible {
    case duplicateSKU(String)
    case negativeStock(sku: String, available: Int)
    case unknownSKU(String)
    case inactiveListing(ListingID)
    case invalidQuantity(sku: String, quantity: Int)
    case aboveLimit(sku: String, quantity: Int, limit: Int)
    /// R2: nothing left of the SKU.
    case soldOut(sku: String)
    /// R2: fewer units left than asked for; nothing was reserved.
    case insufficient(sku: String, requested: Int, available: Int)
    /// A retried reservation for an order that already reserved something else.
    case reservationMismatch(OrderID, reserved: Int, of: String, requested: Int, ofRequested: String)
    /// A placement's idempotency key that already reserved another SKU or quantity, for the order named.
    case idempotencyKeyReused(String, orderID: OrderID, reserved: Int, of: String, requested: Int, ofRequested: String)
    case noReservation(OrderID)
    /// `order.placed` came after the TTL released the units, and too few are left to take them again.
    case reservationExpired(OrderID, sku: String, quantity: Int, available: Int)
    case reservationReleased(OrderID, ReleaseReason)
    case alreadySold(OrderID, sku: String, quantity: Int)
    case invalidSupplierStock(SupplierID, sku: String, quantity: Int, referenceLevel: Int)

    public var description: String {
        switch self {
        case .duplicateSKU(let sku):
            "Variation \(sku) appears twice in the listing."
        case .negativeStock(let sku, let available):
            "Variation \(sku) cannot start with \(available) units available."
        case .unknownSKU(let sku):
            "The listing has no variation \(sku)."
        case .inactiveListing(let id):
            "Listing \(id) is not active; it cannot be ordered."
        case .invalidQuantity(let sku, let quantity):
            "Cannot reserve \(quantity) of \(sku); the quantity must be at least 1."
        case .aboveLimit(let sku, let quantity, let limit):
            "Cannot reserve \(quantity) of \(sku); the per-order limit is \(limit)."
        case .soldOut(let sku):
            "\(sku) is sold out."
        case .insufficient(let sku, let requested, let available):
            "Only \(available) of \(sku) available; \(requested) requested."
        case .reservationMismatch(let id, let reserved, let sku, let requested, let requestedSKU):
            "Order \(id) already reserved \(reserved) of \(sku); "
                + "a retry cannot ask for \(requested) of \(requestedSKU)."
        case .idempotencyKeyReused(let key, let id, let reserved, let sku, let requested, let requestedSKU):
            "Idempotency key \(key) already reserved \(reserved) of \(sku) for order \(id); "
                + "a request with that key cannot ask for \(requested) of \(requestedSKU)."
        case .noReservation(let id):
            "Order \(id) has no reservation on this listing."
        case .reservationExpired(let id, let sku, let quantity, let available):
            "Order \(id)'s reservation of \(quantity) \(sku) expired, and only \(available) are available again."
        case .reservationReleased(let id, let reason):
            "Order \(id)'s reservation was released (\(reason.rawValue)); it cannot be confirmed or sold."
        case .alreadySold(let id, let sku, let quantity):
            "Order \(id)'s \(quantity) \(sku) went to a purchase order; they cannot be released."
        case .invalidSupplierStock(let supplier, let sku, let quantity, let reference):
            "Supplier \(supplier) reported \(quantity) of \(sku) against a reference level of \(reference); stock "
                + "must be 0 to \(Listing.maxReportedUnits) and the reference level 1 to \(Listing.maxReportedUnits)."
        }
    }
}
