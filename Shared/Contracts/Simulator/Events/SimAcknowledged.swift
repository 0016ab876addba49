import Foundation

/// `sim.acknowledged` on the simulator's stream: the simulated supplier took the purchase order on (R7).
public struct SimAcknowledged: EventPayload, Equatable {
    public static let eventType = "sim.acknowledged"
    public var purchaseOrderID: PurchaseOrderID
    public var supplierID: SupplierID
    public var at: Date

    public init(purchaseOrderID: PurchaseOrderID, supplierID: SupplierID, at: Date) {
        self.purchaseOrderID = purchaseOrderID
        self.supplierID = supplierID
        self.at = at
    }
}
