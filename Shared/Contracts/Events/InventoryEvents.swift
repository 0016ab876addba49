import Foundation

// The facts the Inventory domain publishes on the `inventory` stream.

/// R2: units moved from available to a pending reservation for an order being placed.
public struct StockReserved: EventPayload, Equatable {
    public static let eventType = "stock.reserved"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var expiresAt: Date
    public var at: Date

    public init(listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, expiresAt: Date, at: Date) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.expiresAt = expiresAt
        self.at = at
    }
}

/// The order was placed: its reservation is firm (and taken again if its TTL had released it).
public struct StockConfirmed: EventPayload, Equatable {
    public static let eventType = "stock.confirmed"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var at: Date

    public init(listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, at: Date) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.at = at
    }
}

/// R2: reserved units went back to available.
public struct StockReleased: EventPayload, Equatable {
    public static let eventType = "stock.released"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var reason: ReleaseReason
    public var at: Date

    public init(
        listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, reason: ReleaseReason, at: Date
    ) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.reason = reason
        self.at = at
    }
}

/// Reserved units went to the order's purchase order.
public struct StockSold: EventPayload, Equatable {
    public static let eventType = "stock.sold"
    public var listingID: ListingID
    public var orderID: OrderID
    public var sku: String
    public var quantity: Int
    public var at: Date

    public init(listingID: ListingID, orderID: OrderID, sku: String, quantity: Int, at: Date) {
        self.listingID = listingID
        self.orderID = orderID
        self.sku = sku
        self.quantity = quantity
        self.at = at
    }
}

/// R2: the SKU's availability reached 0; the storefront shows Sold Out.
public struct ListingSoldOut: EventPayload, Equatable {
    public static let eventType = "listing.sold_out"
    public var listingID: ListingID
    public var sku: String
    public var at: Date

    public init(listingID: ListingID, sku: String, at: Date) {
        self.listingID = listingID
        self.sku = sku
        self.at = at
    }
}

/// The SKU's availability left 0.
public struct ListingBackInStock: EventPayload, Equatable {
    public static let eventType = "listing.back_in_stock"
    public var listingID: ListingID
    public var sku: String
    public var available: Int
    public var at: Date

    public init(listingID: ListingID, sku: String, available: Int, at: Date) {
        self.listingID = listingID
        self.sku = sku
        self.available = available
        self.at = at
    }
}

/// R16: a supplier's stock report for a SKU changed; `available` is the SKU's availability after it.
public struct SupplierStockUpdated: EventPayload, Equatable {
    public static let eventType = "supplier_stock.updated"
    public var listingID: ListingID
    public var supplierID: SupplierID
    public var sku: String
    public var quantity: Int
    public var referenceLevel: Int
    public var available: Int
    public var at: Date

    public init(
        listingID: ListingID, supplierID: SupplierID, sku: String, quantity: Int, referenceLevel: Int,
        available: Int, at: Date
    ) {
        self.listingID = listingID
        self.supplierID = supplierID
        self.sku = sku
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.available = available
        self.at = at
    }
}

/// R16: a supplier's stock of a SKU fell to Inventory's low-stock percentage of its reference level or below.
/// The supplier and the merchant are the recipients; sent once per crossing.
public struct SupplierStockRanLow: EventPayload, Equatable {
    public static let eventType = "supplier_stock.ran_low"
    public var listingID: ListingID
    public var sku: String
    public var supplierID: SupplierID
    public var merchantID: MerchantID
    public var quantity: Int
    public var referenceLevel: Int
    public var at: Date

    public init(
        listingID: ListingID, sku: String, supplierID: SupplierID, merchantID: MerchantID, quantity: Int,
        referenceLevel: Int, at: Date
    ) {
        self.listingID = listingID
        self.sku = sku
        self.supplierID = supplierID
        self.merchantID = merchantID
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.at = at
    }
}
