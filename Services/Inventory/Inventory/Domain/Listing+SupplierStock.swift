import Contracts
import Foundation
import InputRules

/// R16: supplier stock feeds set availability and raise low-stock alerts.
extension Listing {
    /// The largest count a supplier may report for a SKU or its reference level, and the largest stock a catalogue
    /// load may give (`QuantityBounds.maxStockUnits`); larger counts are refused.
    public static let maxReportedUnits = QuantityBounds.maxStockUnits

    /// Applies one supplier's stock report for a SKU (every 15 minutes, and on push).
    ///
    /// Model: a supplier's count is the units on its shelf that no purchase order has claimed. It still
    /// includes the units we reserved (no purchase order has gone out for them) and no longer includes the
    /// units we marked sold (their purchase order reached the supplier). So a report sets
    /// `available = max(0, Σ each supplier's last quantity − reserved)`, and `sold` does not enter; between
    /// reports, reservations and sales only move units between available, reserved and sold. When the
    /// suppliers hold fewer units than we reserved, availability is 0 and the placed orders keep their units:
    /// dispatch (R6) turns to a backup supplier. A purchase order that a report does not reflect yet overstates
    /// availability until the supplier's next report; dispatch's out-of-stock fallback covers that gap.
    ///
    /// When the supplier's quantity falls to `lowStockPercent` of `referenceLevel` or below, a
    /// `SupplierStockRanLow` names the supplier and the merchant, once per crossing: not again while it stays
    /// low, and again after it has risen above. A report older than the supplier's last changes nothing.
    /// - Throws: `unknownSKU`; `invalidSupplierStock` for a negative quantity, a reference level below 1, or
    ///   either above `maxReportedUnits`.
    public mutating func applySupplierStock(
        supplierID: SupplierID, sku: String, quantity: Int, referenceLevel: Int, at: Date
    ) throws(StockError) -> [InventoryEvent] {
        let index = try index(of: sku)
        guard (0...Self.maxReportedUnits).contains(quantity), (1...Self.maxReportedUnits).contains(referenceLevel)
        else {
            throw .invalidSupplierStock(supplierID, sku: sku, quantity: quantity, referenceLevel: referenceLevel)
        }
        let previous = variations[index].supplierStock[supplierID]
        if let previous, at < previous.reportedAt { return [] }

        let isLow = quantity * 100 <= referenceLevel * Self.lowStockPercent
        let report = SupplierStock(quantity: quantity, referenceLevel: referenceLevel, isLow: isLow, reportedAt: at)
        let before = variations
        variations[index].supplierStock[supplierID] = report
        let onShelves = variations[index].supplierStock.values.reduce(0) { $0 + $1.quantity }
        variations[index].available = max(0, onShelves - variations[index].reserved)
        var events = soldOutCrossings(since: before, at: at)
        if previous?.quantity != quantity || previous?.referenceLevel != referenceLevel {
            let updated = SupplierStockUpdated(
                listingID: id, supplierID: supplierID, sku: sku, quantity: quantity, referenceLevel: referenceLevel,
                available: variations[index].available, at: at)
            events.append(.supplierStockUpdated(updated))
        }
        if isLow && previous?.isLow != true {
            let alert = SupplierStockRanLow(
                listingID: id, sku: sku, supplierID: supplierID, merchantID: merchantID, quantity: quantity,
                referenceLevel: referenceLevel, at: at)
            events.append(.supplierStockRanLow(alert))
        }
        return events
    }
}
