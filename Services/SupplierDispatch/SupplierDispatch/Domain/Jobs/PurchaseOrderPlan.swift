import Contracts

/// R6: a purchase order a dispatch job decided to send (`.sendPurchaseOrder`). The service sends it through the
/// supplier's connector, with the order's address and the merchant's documents, and then reports
/// `purchaseOrderDelivered`.
public struct PurchaseOrderPlan: Codable, Hashable, Sendable {
    /// `po_<order id>_<attempt>` (`DispatchPartitioning.purchaseOrderID(order:attempt:)`).
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    /// 1 for the first purchase order of the order, then 2, 3… for backups and reshipments.
    public var attempt: Int
    /// The offer the purchase order is priced from.
    public var offer: SupplierOfferRecord
    /// Product × quantity + shipping + processing fee, in the supplier's currency (R6).
    public var cost: Money
    /// Why this supplier (`SupplierChoice.explanation`, preceded by the reshipment's reason for a reshipment).
    public var choice: String
    /// Set when the purchase order reships a faulty shipment (R15).
    public var reshipment: Reshipment?
    /// R9: the carrier service level the supplier must ship with (`ShippingPlanner`); nil when no configured level
    /// can carry the parcel (`choice` then says why) and in plans of earlier versions.
    public var shipping: ShippingChoice?

    /// A plan; jobs make these, tests may too.
    public init(
        purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, attempt: Int, offer: SupplierOfferRecord,
        cost: Money, choice: String, reshipment: Reshipment? = nil, shipping: ShippingChoice? = nil
    ) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.attempt = attempt
        self.offer = offer
        self.cost = cost
        self.choice = choice
        self.reshipment = reshipment
        self.shipping = shipping
    }

    /// Who pays the supplier's cost: the merchant, except for a reshipment of a wrong item (R15).
    public var costBearer: CostBearer { reshipment?.costBearer ?? .merchant }
}
