import Foundation

// How a supplier's system and Dropline talk (R6, R7, R15). Dispatch calls the supplier connector
// (`supplier.purchase_order`, `supplier.cancel`) on the endpoint the mesh config names; the supplier answers on
// the RPC endpoint of the dispatch partition that owns the purchase order (`purchase_orders.acknowledge`,
// `.ship`, `.reject`), found with `DispatchPartitioning`. Every call is idempotent on the purchase order id.

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

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, orderID: OrderID, listingID: ListingID,
        sku: String, title: String, quantity: Int, shipTo: Address, brand: String, returnAddress: Address,
        packagingInstructions: String?, cost: Money, acknowledgeBy: Date, shipBy: Date, documents: [DocumentRecord]
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
    }
}

/// One document of a purchase order in one language, as HTML to print and JSON to process.
public struct DocumentRecord: Codable, Sendable, Equatable {
    /// `packing_list`, `invoice`, `commercial_invoice`.
    public var kind: String
    /// BCP 47 language, e.g. `pt`.
    public var language: String
    public var html: String
    public var json: String

    public init(kind: String, language: String, html: String, json: String) {
        self.kind = kind
        self.language = language
        self.html = html
        self.json = json
    }
}

/// The connector's answer to `supplier.purchase_order`: the supplier's system has the purchase order.
public struct PurchaseOrderReceipt: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// The supplier's own reference for it, if it has one.
    public var supplierReference: String?

    public init(purchaseOrderID: PurchaseOrderID, supplierReference: String?) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierReference = supplierReference
    }
}

/// `supplier.cancel`: Dispatch withdraws a purchase order (order cancelled, or the supplier too late).
public struct PurchaseOrderCancellation: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
    }
}

/// The connector's answer to `supplier.cancel`.
public struct PurchaseOrderCancellationReply: Codable, Sendable, Equatable {
    /// `cancelled` (nothing will ship) or `already_shipped`.
    public var outcome: String
    public init(outcome: String) { self.outcome = outcome }
}

/// `purchase_orders.acknowledge`: the supplier takes the purchase order on.
public struct AcknowledgePurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public init(purchaseOrderID: PurchaseOrderID) { self.purchaseOrderID = purchaseOrderID }
}

/// `purchase_orders.ship`: the supplier handed the parcel to a carrier.
public struct ShipPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    public var carrier: String
    public var trackingNumber: String

    public init(purchaseOrderID: PurchaseOrderID, carrier: String, trackingNumber: String) {
        self.purchaseOrderID = purchaseOrderID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
    }
}

/// `purchase_orders.reject`: the supplier will not ship it.
public struct RejectPurchaseOrder: Codable, Sendable, Equatable {
    public var purchaseOrderID: PurchaseOrderID
    /// `rejected` or `out_of_stock`.
    public var reason: PurchaseOrderFailure
    public var detail: String?

    public init(purchaseOrderID: PurchaseOrderID, reason: PurchaseOrderFailure, detail: String? = nil) {
        self.purchaseOrderID = purchaseOrderID
        self.reason = reason
        self.detail = detail
    }
}
