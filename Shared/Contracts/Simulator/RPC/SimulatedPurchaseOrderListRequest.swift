/// Parameters of `simulator.purchase_orders`: the purchase orders the simulated suppliers received, of one
/// supplier or of all, by id, a page at a time.
public struct SimulatedPurchaseOrderListRequest: Codable, Sendable, Equatable {
    public var supplierID: SupplierID?
    /// The page starts after this id (the previous page's `next`).
    public var after: PurchaseOrderID?
    /// 1…1000, default 100.
    public var limit: Int?

    public init(supplierID: SupplierID? = nil, after: PurchaseOrderID? = nil, limit: Int? = nil) {
        self.supplierID = supplierID
        self.after = after
        self.limit = limit
    }
}
