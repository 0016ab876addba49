/// The input that moved an order (carried by `order.released`, `order.cancelled`, `order.refunded` and the order's
/// timeline), or that a timeline note records; when the order is released, the last of R5's facts to arrive.
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
    /// R10: the carrier scanned the parcel: the first scan makes the order `confirmed_fulfilled`; every scan is
    /// noted on the timeline.
    case carrierScanned = "carrier_scanned"
    /// R11: the carrier's delivery scan.
    case carrierDelivered = "carrier_delivered"
    /// R11: the customer confirmed receipt (`orders.confirm_delivery`).
    case customerConfirmedDelivery = "customer_confirmed_delivery"
    /// R10: no scan came for the stall period; the merchant is alerted and the supplier asked to follow up.
    case shipmentStalled = "shipment_stalled"
    /// R8: not shipped within 5 days of release: the order is refunded, and the merchant charged the infraction.
    case lateFulfillment = "late_fulfillment"
    /// R10: not confirmed fulfilled within 7 days of release: the merchant is charged the infraction.
    case lateConfirmedFulfillment = "late_confirmed_fulfillment"
}
