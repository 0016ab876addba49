import Foundation

/// One failed purchase order of an exhausted dispatch.
public struct DispatchAttempt: Sendable, Codable, Equatable {
    public var supplierID: SupplierID
    public var failure: PurchaseOrderFailure

    public init(supplierID: SupplierID, failure: PurchaseOrderFailure) {
        self.supplierID = supplierID
        self.failure = failure
    }
}
