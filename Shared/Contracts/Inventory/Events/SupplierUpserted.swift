import Foundation

/// A supplier was created or changed.
public struct SupplierUpserted: EventPayload, Equatable {
    public static let eventType = "catalog.supplier_upserted"
    public var supplier: SupplierRecord
    public var at: Date

    public init(supplier: SupplierRecord, at: Date) {
        self.supplier = supplier
        self.at = at
    }
}
