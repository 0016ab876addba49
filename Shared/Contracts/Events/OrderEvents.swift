import Foundation

// The facts the Orders domain publishes on the `orders` stream, one per status change (ARCHITECTURE §1).
// Each carries the order id and the domain time; the ones that end or release an order say what must follow.

/// R1, R2: the order exists, with its stock reserved; Inventory turns the reservation firm on seeing it.
public struct OrderPlaced: EventPayload, Equatable {
    public static let eventType = "order.placed"
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var listingID: ListingID
    public var sku: String
    public var quantity: Int
    public var unitPrice: Money
    public var total: Money
    public var customerName: String
    public var customerEmail: String
    public var shippingAddress: Address
    /// The gateway token Payments authorises (never a card number); Orders adds it when it publishes.
    public var paymentToken: String?
    public var at: Date

    public init(
        orderID: OrderID, merchantID: MerchantID, listingID: ListingID, sku: String, quantity: Int,
        unitPrice: Money, total: Money, customerName: String, customerEmail: String, shippingAddress: Address,
        paymentToken: String? = nil, at: Date
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.listingID = listingID
        self.sku = sku
        self.quantity = quantity
        self.unitPrice = unitPrice
        self.total = total
        self.customerName = customerName
        self.customerEmail = customerEmail
        self.shippingAddress = shippingAddress
        self.paymentToken = paymentToken
        self.at = at
    }
}

/// A review was approved before the payment was authorised: the order waits for payment again (`placed`).
public struct OrderAwaitingPayment: EventPayload, Equatable {
    public static let eventType = "order.awaiting_payment"
    public var orderID: OrderID
    public var at: Date

    public init(orderID: OrderID, at: Date) {
        self.orderID = orderID
        self.at = at
    }
}

/// R4: payment authorised, the order waits for its fraud hold to end.
public struct OrderHeld: EventPayload, Equatable {
    public static let eventType = "order.held"
    public var orderID: OrderID
    /// The end of the hold, if Fraud Hold has already said when.
    public var holdUntil: Date?
    public var at: Date

    public init(orderID: OrderID, holdUntil: Date?, at: Date) {
        self.orderID = orderID
        self.holdUntil = holdUntil
        self.at = at
    }
}

/// R4: a reviewer must decide; the merchant is told.
public struct OrderUnderReview: EventPayload, Equatable {
    public static let eventType = "order.under_review"
    public var orderID: OrderID
    /// The risk rules that flagged the order.
    public var reasons: [String]
    public var at: Date
    public var followUps: [FollowUp]

    public init(orderID: OrderID, reasons: [String], at: Date, followUps: [FollowUp] = [.notifyMerchant]) {
        self.orderID = orderID
        self.reasons = reasons
        self.at = at
        self.followUps = followUps
    }
}

/// R5: the order entered the merchant's Unfulfilled Orders queue; the merchant gets "New Transactions".
public struct OrderReleased: EventPayload, Equatable {
    public static let eventType = "order.released"
    public var orderID: OrderID
    /// The last of R5's facts to arrive.
    public var cause: TransitionCause
    /// The queue entry.
    public var unfulfilled: UnfulfilledOrder
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, unfulfilled: UnfulfilledOrder, at: Date,
        followUps: [FollowUp] = [.notifyMerchant]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.unfulfilled = unfulfilled
        self.at = at
        self.followUps = followUps
    }
}

/// R3: the payment was declined; the stock goes back and the customer is told.
public struct OrderDeclined: EventPayload, Equatable {
    public static let eventType = "order.declined"
    public var orderID: OrderID
    /// The payment provider's reason, e.g. `insufficient_funds`.
    public var reason: String
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, reason: String, at: Date, followUps: [FollowUp] = [.returnStock, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.reason = reason
        self.at = at
        self.followUps = followUps
    }
}

/// R4, R15: cancelled by the customer during the hold, or rejected by a reviewer; stock back, payment voided
/// or refunded, customer told.
public struct OrderCancelled: EventPayload, Equatable {
    public static let eventType = "order.cancelled"
    public var orderID: OrderID
    /// `customer_cancelled`, `review_rejected` or `merchant_cancelled` (after release, R15).
    public var cause: TransitionCause
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, at: Date,
        followUps: [FollowUp] = [.returnStock, .voidOrRefundPayment, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.at = at
        self.followUps = followUps
    }
}

/// R6: the first purchase order of a released order reached a supplier.
public struct OrderDispatched: EventPayload, Equatable {
    public static let eventType = "order.dispatched"
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var purchaseOrderID: PurchaseOrderID
    public var at: Date

    public init(orderID: OrderID, supplierID: SupplierID, purchaseOrderID: PurchaseOrderID, at: Date) {
        self.orderID = orderID
        self.supplierID = supplierID
        self.purchaseOrderID = purchaseOrderID
        self.at = at
    }
}

/// R7, R9: the supplier shipped the order; the customer is told the carrier and tracking number.
public struct OrderShipped: EventPayload, Equatable {
    public static let eventType = "order.shipped"
    public var orderID: OrderID
    public var supplierID: SupplierID
    public var carrier: String
    public var trackingNumber: String
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, supplierID: SupplierID, carrier: String, trackingNumber: String, at: Date,
        followUps: [FollowUp] = [.notifyCustomer]
    ) {
        self.orderID = orderID
        self.supplierID = supplierID
        self.carrier = carrier
        self.trackingNumber = trackingNumber
        self.at = at
        self.followUps = followUps
    }
}

/// R6, R15: a released order was refunded before it shipped (no supplier could ship it); the payment is
/// refunded and the customer told.
public struct OrderRefunded: EventPayload, Equatable {
    public static let eventType = "order.refunded"
    public var orderID: OrderID
    public var cause: TransitionCause
    public var at: Date
    public var followUps: [FollowUp]

    public init(
        orderID: OrderID, cause: TransitionCause, at: Date,
        followUps: [FollowUp] = [.voidOrRefundPayment, .notifyCustomer]
    ) {
        self.orderID = orderID
        self.cause = cause
        self.at = at
        self.followUps = followUps
    }
}
