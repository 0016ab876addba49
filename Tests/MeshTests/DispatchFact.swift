import Contracts

/// A fact Dispatch publishes on a partition's stream: each names its order.
protocol DispatchFact: EventPayload {
    var orderID: OrderID { get }
}

extension PurchaseOrderSent: DispatchFact {}
extension PurchaseOrderAcknowledged: DispatchFact {}
extension PurchaseOrderShipped: DispatchFact {}
extension PurchaseOrderShippedAfterCancel: DispatchFact {}
extension PurchaseOrderFailed: DispatchFact {}
extension PurchaseOrderCancelRequested: DispatchFact {}
extension PurchaseOrderCancelled: DispatchFact {}
extension DispatchExhausted: DispatchFact {}
extension DispatchAbandoned: DispatchFact {}
