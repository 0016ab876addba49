import Foundation

/// `sim.cancelled` on the simulator's stream: Dispatch withdrew the purchase order before it shipped; nothing more
/// happens to it (R15).
public struct SimCancelled: EventPayload, Equatable {
    public static let eventType = "sim.cancelled"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.at = at
    }
}
