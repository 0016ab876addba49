import Contracts
import Foundation

/// One sellable variant of a listing (size, colour), counted in units: every unit is `available`, `reserved`
/// for an order, or `sold` to a purchase order. Reservations and sales move units between the three and never
/// create or lose one; only a supplier stock feed changes the total (R16).
public struct Variation: Sendable, Equatable, Codable {
    public let sku: String
    public internal(set) var price: Money
    /// Units a customer can order now; never below 0. `0` is Sold Out (R2).
    public internal(set) var available: Int
    /// Units held for orders (pending or firm reservations).
    public internal(set) var reserved = 0
    /// Units handed to purchase orders (`markSold`).
    public internal(set) var sold = 0
    /// Each supplier's last stock report for this SKU (R16); empty until the first feed.
    public internal(set) var supplierStock: [SupplierID: SupplierStock] = [:]

    /// A new variation with `available` units (the merchant's count until a supplier feed arrives).
    public init(sku: String, price: Money, available: Int) {
        self.sku = sku
        self.price = price
        self.available = available
    }

    /// R2: the variation shows Sold Out.
    public var isSoldOut: Bool { available == 0 }
}

/// One supplier's last reported stock of one SKU, and whether its low-stock alert has gone out (R16).
public struct SupplierStock: Sendable, Equatable, Codable {
    /// Units on the supplier's shelf that no purchase order has claimed (see `Listing.applySupplierStock`).
    public internal(set) var quantity: Int
    /// The level the supplier normally holds; the alert fires at `Listing.lowStockPercent` of it.
    public internal(set) var referenceLevel: Int
    /// At or below the low-stock threshold, with its alert sent; cleared when the stock rises above it.
    public internal(set) var isLow: Bool
    /// The domain time of the report; an older report changes nothing.
    public internal(set) var reportedAt: Date
}
