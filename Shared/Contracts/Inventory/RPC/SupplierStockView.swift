import Foundation

/// One supplier's last stock report for a SKU (R16).
public struct SupplierStockView: Codable, Sendable, Hashable {
    public var supplierID: SupplierID
    public var quantity: Int
    public var referenceLevel: Int
    /// At or below the low-stock threshold (its alert went out).
    public var isLow: Bool
    public var reportedAt: Date

    public init(supplierID: SupplierID, quantity: Int, referenceLevel: Int, isLow: Bool, reportedAt: Date) {
        self.supplierID = supplierID
        self.quantity = quantity
        self.referenceLevel = referenceLevel
        self.isLow = isLow
        self.reportedAt = reportedAt
    }
}
