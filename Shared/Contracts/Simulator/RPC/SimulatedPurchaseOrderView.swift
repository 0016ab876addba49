/// One received purchase order as `simulator.purchase_orders` shows it: its planned fate, how far it got, and
/// each answer sent (or to send) to Dispatch.
public struct SimulatedPurchaseOrderView: Codable, Sendable, Equatable {
    public var purchaseOrder: SupplierPurchaseOrder
    /// Oldest first.
    public var calls: [OutgoingCallView]

    public init(purchaseOrder: SupplierPurchaseOrder, calls: [OutgoingCallView]) {
        self.purchaseOrder = purchaseOrder
        self.calls = calls
    }
}
