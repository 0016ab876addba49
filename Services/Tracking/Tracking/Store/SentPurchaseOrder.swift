import Contracts
import Foundation

/// What Tracking keeps of a `purchase_order.sent` (R9): the order's merchant and release time, and the service
/// level the supplier must ship with, read when the purchase order ships.
struct SentPurchaseOrder: Sendable, Equatable {
    var purchaseOrderID: PurchaseOrderID
    var orderID: OrderID
    var merchantID: MerchantID
    var releasedAt: Date
    var choice: ShippingChoice?

    init(_ sent: PurchaseOrderSent) {
        self.init(
            purchaseOrderID: sent.purchaseOrderID, orderID: sent.orderID, merchantID: sent.merchantID,
            releasedAt: sent.releasedAt, choice: sent.shipping)
    }

    init(
        purchaseOrderID: PurchaseOrderID, orderID: OrderID, merchantID: MerchantID, releasedAt: Date,
        choice: ShippingChoice?
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
        self.merchantID = merchantID
        self.releasedAt = releasedAt
        self.choice = choice
    }
}
