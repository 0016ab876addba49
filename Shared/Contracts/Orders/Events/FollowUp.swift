/// What an order's transition asks of the mesh, carried in its event (`order.*`) so that every consumer reads
/// the same fact.
public enum FollowUp: String, Sendable, Codable, CaseIterable {
    /// Inventory releases the order's reservation (R2).
    case returnStock = "return_stock"
    /// Payments voids its authorisation or refunds its capture, whichever it holds (R4, R15).
    case voidOrRefundPayment = "void_or_refund_payment"
    /// Orders mails the customer (R3, R15).
    case notifyCustomer = "notify_customer"
    /// Orders mails the merchant: an order under review (R4), or "New Transactions" (R5).
    case notifyMerchant = "notify_merchant"
}
