import Contracts
import Foundation
import ServiceKit
import Simulator
import Streams
import Synchronization
import TestSupport
import Testing

/// The simulator as its executable runs it, in a `ServiceHost` built from a mesh config, with a stand-in dispatch
/// partition in another host: every call goes over ZeroMQ.
@Suite(.serialized) struct HostTests {
    /// What the stand-in partition was told, in order.
    private final class Received: Sendable {
        let calls = Mutex<[(method: String, body: Data)]>([])
    }

    @Test(
        "R6, R7: a purchase order over the wire is acknowledged and shipped back to its partition",
        .timeLimit(.minutes(1)))
    func roundTrip() async throws {
        // Given a mesh of 2 dispatch partitions and a simulator acting at once, with a 50 ms API latency
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try MeshFixture.options(
            in: directory, dispatchPartitions: 2,
            simulatorSettings: [
                "ack_delay_minutes": "0", "ship_delay_hours": "0", "reject_rate": "0", "out_of_stock_rate": "0",
                "latency_ms": "50",
            ]
        ).loadConfiguration()
        let request = Fixtures.request(order: "ord_wire")
        let partition = try #require(DispatchPartitioning(count: 2).partition(of: request.purchaseOrderID))
        let simulator = try await ServiceHost(
            name: "simulator", configuration: configuration, publishes: true, migrations: SimulatorStore.migrate)
        let dispatch = try await ServiceHost(
            name: DispatchPartitioning.instanceName(of: partition), configuration: configuration, publishes: false,
            migrations: { _ in })
        let received = Received()
        var router = RPCRouter()
        for method in ["purchase_orders.acknowledge", "purchase_orders.ship", "purchase_orders.reject"] {
            router.register(method) { body in
                received.calls.withLock { $0.append((method, body)) }
                return Data("{}".utf8)
            }
        }

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await SimulatorService.run(host: simulator) }
            group.addTask { [router] in try await dispatch.run(methods: router) }
            let client = try dispatch.client(for: "simulator")

            // When the partition sends the purchase order
            let started = ContinuousClock.now
            let receipt = try await client.call(
                "supplier.purchase_order", params: request, as: PurchaseOrderReceipt.self, timeout: .seconds(20))

            // Then the receipt came after the latency, and the acknowledgement and the shipment came back
            #expect(ContinuousClock.now - started >= .milliseconds(50))
            #expect(receipt.purchaseOrderID == request.purchaseOrderID)
            try await waitUntil("the partition hears the acknowledgement and the shipment") {
                received.calls.withLock { $0.count } == 2
            }
            let calls = received.calls.withLock { $0 }
            #expect(calls.map(\.method) == ["purchase_orders.acknowledge", "purchase_orders.ship"])
            let ship = try DomainTime.makeDecoder().decode(ShipPurchaseOrder.self, from: calls[1].body)
            #expect(ship.purchaseOrderID == request.purchaseOrderID && S10Check.isValid(ship.trackingNumber))

            // And a cancellation now finds it shipped
            let reply = try await client.call(
                "supplier.cancel",
                params: PurchaseOrderCancellation(
                    purchaseOrderID: request.purchaseOrderID, supplierID: request.supplierID),
                as: PurchaseOrderCancellationReply.self)
            #expect(reply.outcome == "already_shipped")

            await client.close()
            group.cancelAll()
        }
    }
}
