/// The answer of `simulator.purchase_orders`: one page of purchase orders and the counts over every page.
public struct SimulatedPurchaseOrderList: Codable, Sendable, Equatable {
    /// How many purchase orders (of the supplier, or in all) are in each state (`SupplierPurchaseOrder.State`),
    /// over every page.
    public var counts: [String: Int]
    public var purchaseOrders: [SimulatedPurchaseOrderView]
    /// The `after` of the next page; nil on the last.
    public var next: PurchaseOrderID?

    public init(counts: [String: Int], purchaseOrders: [SimulatedPurchaseOrderView], next: PurchaseOrderID?) {
        self.counts = counts
        self.purchaseOrders = purchaseOrders
        self.next = next
    }
}
