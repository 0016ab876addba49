import Foundation

// The facts Dispatch publishes on its partitions' streams (`dispatch.p0` …), one purchase order at a time:
// a released order gets at most one open purchase order, and the next supplier is tried only once the
// previous purchase order is closed (R6, R7).

/// R6: a purchase order reached its supplier (the connector accepted it). The first one of an order moves the
/// order to `dispatched`; Inventory counts the order's units as sold.
public struct PurchaseOrderSent: EventPayload, Equatable {
    public static let eventType = "purchase_order.sent"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var supplierID: SupplierID
    /// 1 for the first supplier tried for the order, 2 and 3 for backups, more for reshipments.
    public var attempt: Int
    public var sku: String
    public var quantity: Int
    /// Product × quantity + shipping + processing fee, in the supplier's currency.
    public var cost: Money
    /// Why this supplier: its rank, stock and score as the choice saw them.
    public var choice: String
    /// When the order was released; `sentAt - releasedAt` over the 2-hour target counts as late (R6).
    public var releasedAt: Date
    public var isLate: Bool
    /// The supplier must acknowledge by this time and ship by `shipBy` (R7).
    public var acknowledgeBy: Date
    public var shipBy: Date
    /// The carrier service level the supplier must ship with (R9); nil in events of earlier versions.
    public var shipping: ShippingChoice?
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, merchantID: MerchantID, listingID: ListingID,
        supplierID: SupplierID, attempt: Int, sku: String, quantity: Int, cost: Money, choice: String,
        releasedAt: Date, isLate: Bool, acknowledgeBy: Date, shipBy: Date, shipping: ShippingChoice? = nil, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.supplierID = supplierID
        self.attempt = attempt
        self.sku = sku
        self.quantity = quantity
        self.cost = cost
        self.choice = choice
        self.releasedAt = releasedAt
        self.isLate = isLate
        self.acknowledgeBy = acknowledgeBy
        self.shipBy = shipBy
        self.shipping = shipping
        self.at = at
    }
}
