import Contracts

/// An event a dispatch job asks the service to publish on its partition's stream (`.publish`).
public enum DispatchFact: Equatable, Sendable {
    case purchaseOrderSent(PurchaseOrderSent)
    case purchaseOrderAcknowledged(PurchaseOrderAcknowledged)
    case purchaseOrderFailed(PurchaseOrderFailed)
    case purchaseOrderShipped(PurchaseOrderShipped)
    case dispatchExhausted(DispatchExhausted)
    case dispatchAbandoned(DispatchAbandoned)
    case purchaseOrderCancelRequested(PurchaseOrderCancelRequested)
    case purchaseOrderCancelled(PurchaseOrderCancelled)
    case purchaseOrderShippedAfterCancel(PurchaseOrderShippedAfterCancel)

    /// The event's data, for the outbox.
    public var payload: any EventPayload {
        switch self {
        case .purchaseOrderSent(let event): event
        case .purchaseOrderAcknowledged(let event): event
        case .purchaseOrderFailed(let event): event
        case .purchaseOrderShipped(let event): event
        case .dispatchExhausted(let event): event
        case .dispatchAbandoned(let event): event
        case .purchaseOrderCancelRequested(let event): event
        case .purchaseOrderCancelled(let event): event
        case .purchaseOrderShippedAfterCancel(let event): event
        }
    }
}
