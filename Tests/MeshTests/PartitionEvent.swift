import Contracts

/// One event of a dispatch partition's outbox: the partition that stored it, its type, and the order its contract
/// payload names (every fact Dispatch publishes is about one order).
struct PartitionEvent {
    let store: String
    let type: String
    let orderID: OrderID

    /// Decodes `event` with Dispatch's contract type of its name.
    init(_ event: MeshStores.StoredEvent) throws {
        guard let payload = Self.payloads.first(where: { $0.eventType == event.type }) else {
            throw UnexpectedAnswer(description: "\(event.store) holds a \(event.type) event, not one of Dispatch's")
        }
        store = event.store
        type = event.type
        orderID = try Self.orderID(of: event, as: payload)
    }

    /// The contract types of the facts on a partition's stream.
    static let payloads: [any DispatchFact.Type] = [
        PurchaseOrderSent.self, PurchaseOrderAcknowledged.self, PurchaseOrderShipped.self,
        PurchaseOrderShippedAfterCancel.self, PurchaseOrderFailed.self, PurchaseOrderCancelRequested.self,
        PurchaseOrderCancelled.self, DispatchExhausted.self, DispatchAbandoned.self,
    ]

    private static func orderID<Payload: DispatchFact>(of event: MeshStores.StoredEvent, as _: Payload.Type) throws
        -> OrderID
    {
        try event.envelope(Payload.self).data.orderID
    }
}
