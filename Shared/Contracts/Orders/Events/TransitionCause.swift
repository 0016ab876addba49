/// The input that moved an order (carried by `order.released`, `order.cancelled` and the order's timeline);
/// when the order is released, the last of R5's facts to arrive.
public enum TransitionCause: String, Sendable, Codable, CaseIterable {
    case placement
    case paymentAuthorised = "payment_authorised"
    case paymentDeclined = "payment_declined"
    case holdEnded = "hold_ended"
    case reviewOpened = "review_opened"
    case reviewApproved = "review_approved"
    case reviewRejected = "review_rejected"
    case customerCancelled = "customer_cancelled"
    /// R6: Dispatch sent the first purchase order to a supplier, or a retry's after every supplier had failed.
    case purchaseOrderSent = "purchase_order_sent"
    /// R6: every supplier Dispatch tried failed.
    case dispatchExhausted = "dispatch_exhausted"
    /// R7: the supplier shipped.
    case supplierShipped = "supplier_shipped"
    /// R6: no supplier shipped by the refund time after every one failed.
    case dispatchAbandoned = "dispatch_abandoned"
    /// R15: the merchant cancelled a released order before it shipped.
    case merchantCancelled = "merchant_cancelled"
}
