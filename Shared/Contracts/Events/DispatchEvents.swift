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
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, merchantID: MerchantID, listingID: ListingID,
        supplierID: SupplierID, attempt: Int, sku: String, quantity: Int, cost: Money, choice: String,
        releasedAt: Date, isLate: Bool, acknowledgeBy: Date, shipBy: Date, at: Date
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
        self.at = at
    }
}

/// R7: the supplier took the purchase order on.
public struct PurchaseOrderAcknowledged: EventPayload, Equatable {
    public static let eventType = "purchase_order.acknowledged"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.at = at
    }
}

/// Why a purchase order closed without shipping, so that the next supplier is tried (R6, R7).
public enum PurchaseOrderFailure: String, Sendable, Codable, CaseIterable {
    /// The supplier said no.
    case rejected
    /// The supplier has not got the units.
    case outOfStock = "out_of_stock"
    /// No acknowledgement by the deadline; Dispatch cancelled it at the supplier.
    case notAcknowledged = "not_acknowledged"
    /// Not shipped within 48 hours of the purchase order; Dispatch cancelled it at the supplier.
    case shipDeadlineMissed = "ship_deadline_missed"
}

/// R6, R7: the purchase order closed without shipping; Dispatch turns to the next supplier, if any.
public struct PurchaseOrderFailed: EventPayload, Equatable {
    public static let eventType = "purchase_order.failed"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var failure: PurchaseOrderFailure
    /// The supplier's own words, when it gave a reason.
    public var detail: String?
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, failure: PurchaseOrderFailure,
        detail: String?, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.failure = failure
        self.detail = detail
        self.at = at
    }
}

/// R7, R9: the supplier shipped the order with a carrier and a tracking number.
public struct PurchaseOrderShipped: EventPayload, Equatable {
    public static let eventType = "purchase_order.shipped"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    /// Shipped within 48 hours of the purchase order (R7).
    public var isOnTime: Bool
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, carrier: String,
        trackingNumber: String, isOnTime: Bool, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.isOnTime = isOnTime
        self.at = at
    }
}

/// R6: every supplier of the order failed. The merchant is told; unless the order is dispatched again before
/// `refundAt`, Dispatch abandons it then and Orders refunds the customer.
public struct DispatchExhausted: EventPayload, Equatable {
    public static let eventType = "dispatch.exhausted"
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// Each supplier tried, in order, with why it failed.
    public var attempts: [DispatchAttempt]
    public var refundAt: Date
    public var at: Date

    public init(orderID: OrderID, merchantID: MerchantID, attempts: [DispatchAttempt], refundAt: Date, at: Date) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.attempts = attempts
        self.refundAt = refundAt
        self.at = at
    }
}

/// One failed purchase order of an exhausted dispatch.
public struct DispatchAttempt: Sendable, Codable, Equatable {
    public var supplierID: SupplierID
    public var failure: PurchaseOrderFailure

    public init(supplierID: SupplierID, failure: PurchaseOrderFailure) {
        self.supplierID = supplierID
        self.failure = failure
    }
}

/// R6: no supplier shipped by the refund time; Orders refunds the customer and tells them.
public struct DispatchAbandoned: EventPayload, Equatable {
    public static let eventType = "dispatch.abandoned"
    public var orderID: OrderID
    public var at: Date
    public var followUps: [FollowUp]

    public init(orderID: OrderID, at: Date, followUps: [FollowUp] = [.voidOrRefundPayment, .notifyCustomer]) {
        self.orderID = orderID
        self.at = at
        self.followUps = followUps
    }
}

/// R15: the order was cancelled after release; Dispatch asked the supplier to cancel its open purchase order.
public struct PurchaseOrderCancelRequested: EventPayload, Equatable {
    public static let eventType = "purchase_order.cancel_requested"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.at = at
    }
}

/// R15: the supplier confirmed the cancellation; nothing will ship.
public struct PurchaseOrderCancelled: EventPayload, Equatable {
    public static let eventType = "purchase_order.cancelled"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.at = at
    }
}

/// Who pays for goods a supplier shipped after the order was cancelled (R15).
public enum CostBearer: String, Sendable, Codable, CaseIterable {
    /// The supplier had confirmed the cancellation, or had not shipped when it received it.
    case supplier
    /// The supplier shipped before it could know of the cancellation.
    case merchant
}

/// R15: a supplier shipped a cancelled purchase order; the shipment is recorded with who bears its cost.
public struct PurchaseOrderShippedAfterCancel: EventPayload, Equatable {
    public static let eventType = "purchase_order.shipped_after_cancel"
    public var purchaseOrderID: PurchaseOrderID
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    public var cost: Money
    public var costBearer: CostBearer
    public var at: Date

    public init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, supplierID: SupplierID, carrier: String,
        trackingNumber: String, cost: Money, costBearer: CostBearer, at: Date
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.cost = cost
        self.costBearer = costBearer
        self.at = at
    }
}
