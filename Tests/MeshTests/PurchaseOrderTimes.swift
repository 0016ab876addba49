import Contracts
import Foundation

/// When each step of one purchase order happened, as every process stamped it: what the simulated supplier
/// planned (`sim.purchase_order_received` carries its `FatePlan`) and did, what Dispatch recorded and what Orders
/// published (docs/architecture.md §4). Read from the stopped mesh's stores (`timelines`).
struct PurchaseOrderTimes {
    let purchaseOrderID: PurchaseOrderID
    let orderID: OrderID
    /// Orders: `order.released`.
    var released: Date?
    /// Dispatch: `purchase_order.sent`.
    var sent: Date?
    /// The simulator: received, with its plan, then acknowledged and shipped as its timers fired.
    var received: Date?
    var plan: FatePlan?
    var simAcknowledged: Date?
    var simShipped: Date?
    /// Dispatch: `purchase_order.acknowledged`, `purchase_order.shipped` (and whether on time).
    var acknowledged: Date?
    var shipped: Date?
    var shippedOnTime: Bool?
    /// Orders: `order.shipped`.
    var orderShipped: Date?

    init(_ purchaseOrderID: PurchaseOrderID, of orderID: OrderID) {
        self.purchaseOrderID = purchaseOrderID
        self.orderID = orderID
    }

    /// Every purchase order's times, by id, from the simulator's, the dispatch partitions' and Orders' outboxes.
    static func timelines(_ stores: MeshStores) async throws -> [PurchaseOrderID: PurchaseOrderTimes] {
        var times: [PurchaseOrderID: PurchaseOrderTimes] = [:]
        func update(_ id: PurchaseOrderID, _ order: OrderID, _ change: (inout PurchaseOrderTimes) -> Void) {
            change(&times[id, default: PurchaseOrderTimes(id, of: order)])
        }
        for event in try await stores.events(of: "simulator") {
            switch event.type {
            case SimPurchaseOrderReceived.eventType:
                let envelope = try event.envelope(SimPurchaseOrderReceived.self)
                update(envelope.data.purchaseOrderID, envelope.data.orderID) {
                    $0.received = envelope.at
                    $0.plan = envelope.data.plan
                }
            case SimAcknowledged.eventType:
                let envelope = try event.envelope(SimAcknowledged.self)
                times[envelope.data.purchaseOrderID]?.simAcknowledged = envelope.at
            case SimShipped.eventType:
                let envelope = try event.envelope(SimShipped.self)
                times[envelope.data.purchaseOrderID]?.simShipped = envelope.at
            default:
                continue
            }
        }
        for partition in DispatchMesh.partitioning.instanceNames {
            for event in try await stores.events(of: partition) {
                switch event.type {
                case PurchaseOrderSent.eventType:
                    let envelope = try event.envelope(PurchaseOrderSent.self)
                    update(envelope.data.purchaseOrderID, envelope.data.orderID) { $0.sent = envelope.at }
                case PurchaseOrderAcknowledged.eventType:
                    let envelope = try event.envelope(PurchaseOrderAcknowledged.self)
                    update(envelope.data.purchaseOrderID, envelope.data.orderID) { $0.acknowledged = envelope.at }
                case PurchaseOrderShipped.eventType:
                    let envelope = try event.envelope(PurchaseOrderShipped.self)
                    update(envelope.data.purchaseOrderID, envelope.data.orderID) {
                        $0.shipped = envelope.at
                        $0.shippedOnTime = envelope.data.isOnTime
                    }
                default:
                    continue
                }
            }
        }
        var released: [OrderID: Date] = [:]
        var shipped: [OrderID: Date] = [:]
        for event in try await stores.events(of: "orders") {
            if event.type == OrderReleased.eventType {
                let envelope = try event.envelope(OrderReleased.self)
                released[envelope.data.orderID] = envelope.at
            } else if event.type == OrderShipped.eventType {
                let envelope = try event.envelope(OrderShipped.self)
                shipped[envelope.data.orderID] = envelope.at
            }
        }
        for id in times.keys {
            guard let order = times[id]?.orderID else { continue }
            times[id]?.released = released[order]
            times[id]?.orderShipped = shipped[order]
        }
        return times
    }
}
