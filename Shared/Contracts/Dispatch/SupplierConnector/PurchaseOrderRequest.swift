import Foundation

// How a supplier's system and Dropline talk (R6, R7, R15). Dispatch calls the supplier connector
// (`supplier.purchase_order`, `supplier.cancel`) on the endpoint the mesh config names; the supplier answers on
// the RPC endpoint of the dispatch partition that owns the purchase order (`purchase_orders.acknowledge`,
// `.ship`, `.reject`), found with `DispatchPartitioning`. Every call is idempotent on the purchase order id, and
// every call and answer names the supplier (`supplierID`): Dispatch takes an answer only from the supplier that
// holds the purchase order, so that the HTTP gateway can map a supplier's API key to it.

/// `supplier.purchase_order`: everything a supplier needs to pick, pack and ship under the merchant's brand.
public struct PurchaseOrderRequest: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var orderID: OrderID
    public var listingID: ListingID
    public var sku: String
    public var title: String
    public var quantity: Int
    /// Ship to the customer: their name and address.
    public var shipTo: Address
    /// The brand on the parcel and its documents, and where returns go: the merchant's, never the supplier's.
    public var brand: String
    public var returnAddress: Address
    public var packagingInstructions: String?
    /// What Dropline pays the supplier for this purchase order.
    public var cost: Money
    public var acknowledgeBy: Date
    public var shipBy: Date
    /// The packing list, invoice and commercial invoice, print-ready.
    public var documents: [DocumentRecord]
    /// The domain time Dispatch sent it at. With simulated time the simulated supplier receives it no earlier
    /// (docs/architecture.md §4); nil from a sender that does not say.
    public var sentAt: Date?
    /// R9: the carrier service level to ship with, and why; nil when Dispatch chose none (no configured level
    /// carries the parcel) and from senders of earlier versions: the supplier then ships with a carrier of its own.
    public var shipping: ShippingChoice?

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, orderID: OrderID, listingID: ListingID,
        sku: String, title: String, quantity: Int, shipTo: Address, brand: String, returnAddress: Address,
        packagingInstructions: String?, cost: Money, acknowledgeBy: Date, shipBy: Date, documents: [DocumentRecord],
        sentAt: Date? = nil, shipping: ShippingChoice? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.orderID = orderID
        self.listingID = listingID
        self.sku = sku
        self.title = title
        self.quantity = quantity
        self.shipTo = shipTo
        self.brand = brand
        self.returnAddress = returnAddress
        self.packagingInstructions = packagingInstructions
        self.cost = cost
        self.acknowledgeBy = acknowledgeBy
        self.shipBy = shipBy
        self.documents = documents
        self.sentAt = sentAt
        self.shipping = shipping
    }
}
