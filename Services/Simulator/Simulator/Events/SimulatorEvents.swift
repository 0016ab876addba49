import Contracts
import Foundation

// The simulator's own facts, published on its stream (`simulator`): what the simulated suppliers did, for the
// demo and for tests. They are not Contracts: no Dropline service consumes them.

/// A simulated supplier received a purchase order and decided its fate (R6).
public struct SimPurchaseOrderReceived: EventPayload, Equatable {
    public static let eventType = "sim.purchase_order_received"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var orderID: OrderID
    public var plan: FatePlan
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, orderID: OrderID, plan: FatePlan, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.orderID = orderID
        self.plan = plan
        self.at = at
    }
}

/// The supplier took the purchase order on (R7).
public struct SimAcknowledged: EventPayload, Equatable {
    public static let eventType = "sim.acknowledged"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.at = at
    }
}

/// The supplier handed the parcel to a carrier (R7, R9).
public struct SimShipped: EventPayload, Equatable {
    public static let eventType = "sim.shipped"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// More than 48 hours after receipt (R7).
    public var isLate: Bool
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, carrier: String, trackingNumber: String,
        isLate: Bool, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.isLate = isLate
        self.at = at
    }
}

/// The supplier refused the purchase order (`rejected` or `out_of_stock`, R6).
public struct SimRejected: EventPayload, Equatable {
    public static let eventType = "sim.rejected"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var reason: PurchaseOrderFailure
    public var detail: String?
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, reason: PurchaseOrderFailure, detail: String?,
        at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.reason = reason
        self.detail = detail
        self.at = at
    }
}

/// Dispatch withdrew the purchase order before it shipped; nothing more happens to it (R15).
public struct SimCancelled: EventPayload, Equatable {
    public static let eventType = "sim.cancelled"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.at = at
    }
}
