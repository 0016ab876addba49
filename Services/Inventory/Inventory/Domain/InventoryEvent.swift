import Contracts

/// Any fact the Inventory domain returns: the outbox stores `payload` under `eventType`.
public enum InventoryEvent: Sendable, Equatable {
    case reserved(StockReserved)
    case confirmed(StockConfirmed)
    case released(StockReleased)
    case sold(StockSold)
    case soldOut(ListingSoldOut)
    case backInStock(ListingBackInStock)
    case supplierStockUpdated(SupplierStockUpdated)
    case supplierStockRanLow(SupplierStockRanLow)

    /// The event's data, to encode into the envelope.
    public var payload: any EventPayload {
        switch self {
        case .reserved(let event): event
        case .confirmed(let event): event
        case .released(let event): event
        case .sold(let event): event
        case .soldOut(let event): event
        case .backInStock(let event): event
        case .supplierStockUpdated(let event): event
        case .supplierStockRanLow(let event): event
        }
    }

    /// `stock.reserved`, `listing.sold_out`, …
    public var eventType: String { type(of: payload).eventType }
}
