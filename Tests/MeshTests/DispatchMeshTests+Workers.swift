import Contracts
import Foundation
import Glibc
import TestSupport
import Testing

extension MeshTests.DispatchMeshTests {
    /// Orders in the worker tests: enough to keep every worker busy when it is killed or its partitions move.
    static let crashOrders = 60
    static let scaleOrders = 24
    static let handOverOrders = 24

    @Test func sigkilledWorkersNeitherLoseNorRepeatAShipment() async throws {  // R6, R7
        // Given three workers whose supplier calls are slow (100 ms, two at a time per worker)
        let dispatch = try await DispatchMesh.start(
            workers: 3, latency: .milliseconds(100), connectorCalls: 2, stock: 200)
        let placed = try await dispatch.place(skus: Array(repeating: "TEE-M", count: Self.crashOrders))
        try await dispatch.waitForStatus(placed, .held)

        // When the hold ends and worker 2 is SIGKILLed while its partitions are still sending purchase orders
        try await dispatch.advance("8h")
        let victims = (0..<DispatchMesh.partitions).filter { $0 % 3 == 1 }.map(DispatchPartitioning.instanceName)
        try await waitUntil("worker 2's purchase orders in flight") {
            var pending = 0
            for partition in victims { pending += await dispatch.pendingConnectorCalls(partition) }
            guard pending > 0, let received = try? await dispatch.received() else { return false }
            return received.contains { victims.contains(DispatchMesh.partition(of: $0.orderID)) }
        }
        try await killAndAwaitRestart(dispatch, "dispatch.2")
        try await dispatch.waitForStatus(placed, .dispatched, timeout: .seconds(60))

        // And worker 3 is SIGKILLed as the acknowledgements come in
        try await dispatch.advance("1h")
        try await killAndAwaitRestart(dispatch, "dispatch.3")
        try await waitUntil("every purchase order acknowledged", timeout: .seconds(60)) {
            await dispatch.jobCounts() == ["awaiting_shipment": Self.crashOrders]
        }
        try await dispatch.advance("2h")
        try await dispatch.waitForStatus(placed, .shipped, timeout: .seconds(60))

        // Then each victim was restarted, nothing died any other way, and every order shipped exactly once
        let processes = try await dispatch.mesh.status().processes
        for victim in ["dispatch.2", "dispatch.3"] {
            #expect(processes.first { $0.name == victim }?.restarts ?? 0 >= 1, "\(victim) restarted")
        }
        let exits = processes.compactMap { process in process.lastExit.map { "\(process.name): \($0)" } }
        #expect(exits.allSatisfy { $0.contains("killed by signal 9") }, "\(exits)")
        try await expectShippedExactlyOnce(placed, await dispatch.stop())
        await dispatch.tearDown()
    }

    @Test func scalingTheWorkerGroupMovesPartitionsWithoutLosingOrRepeatingAShipment() async throws {  // R6
        // Given one worker hosting all eight partitions, and orders at their suppliers
        let dispatch = try await DispatchMesh.start(workers: 1, stock: 200)
        let placed = try await dispatch.placeAndDispatch(Self.scaleOrders)

        // When the group grows to four while the suppliers' acknowledgements come in
        try await dispatch.advance("1h")
        try await dispatch.scale(to: 4)
        try await dispatch.waitForPartitionsSettled(workers: 4)
        try await waitUntil("every purchase order acknowledged", timeout: .seconds(60)) {
            await dispatch.jobCounts() == ["awaiting_shipment": Self.scaleOrders]
        }

        // And shrinks to two while the shipments come in
        try await dispatch.advance("2h")
        try await dispatch.scale(to: 2)
        try await dispatch.waitForPartitionsSettled(workers: 2)
        try await dispatch.waitForStatus(placed, .shipped, timeout: .seconds(60))

        // Then two workers remain, each partition has exactly one host, and every order shipped exactly once
        let workers = try await dispatch.mesh.status().processes.map(\.name).filter { $0.hasPrefix("dispatch.") }
        #expect(workers == ["dispatch.1", "dispatch.2"])
        #expect(await dispatch.partitionsSettled(workers: 2))
        try await expectShippedExactlyOnce(placed, await dispatch.stop())
        await dispatch.tearDown()
    }

    @Test func partitionWithSupplierCallsQueuedIsHandedOverWhenTheGroupGrows() async throws {  // R6
        // Given one worker whose supplier calls are slow (200 ms, two at a time), with purchase orders queued
        let dispatch = try await DispatchMesh.start(
            workers: 1, latency: .milliseconds(200), connectorCalls: 2, stock: 200)
        let placed = try await dispatch.place(skus: Array(repeating: "TEE-M", count: Self.handOverOrders))
        try await dispatch.waitForStatus(placed, .held)
        try await dispatch.advance("8h")
        let odd = (0..<DispatchMesh.partitions).filter { $0 % 2 == 1 }.map(DispatchPartitioning.instanceName)
        try await waitUntil("purchase orders in flight, and some queued in the odd partitions") {
            var queued = 0
            for partition in odd { queued += await dispatch.pendingConnectorCalls(partition) }
            guard queued > 0, let received = try? await dispatch.received() else { return false }
            return !received.isEmpty
        }

        // When a second worker joins, worker 1 hands the odd partitions over with their calls still queued
        try await dispatch.scale(to: 2)
        try await dispatch.waitForPartitionsSettled(workers: 2, timeout: .seconds(15))

        // Then worker 2 sends what was queued, and every order ships exactly once
        try await dispatch.waitForStatus(placed, .dispatched, timeout: .seconds(60))
        try await dispatch.advance("1h")
        try await waitUntil("every purchase order acknowledged", timeout: .seconds(60)) {
            await dispatch.jobCounts() == ["awaiting_shipment": Self.handOverOrders]
        }
        try await dispatch.advance("2h")
        try await dispatch.waitForStatus(placed, .shipped, timeout: .seconds(60))
        try await expectShippedExactlyOnce(placed, await dispatch.stop())
        await dispatch.tearDown()
    }

    // MARK: - Helpers

    /// SIGKILLs a process and waits until the supervisor has restarted it and it answers again.
    func killAndAwaitRestart(_ dispatch: DispatchMesh, _ name: String) async throws {
        let before = try #require(try await dispatch.mesh.status().processes.first { $0.name == name })
        let pid = try #require(before.pid)
        kill(pid, SIGKILL)
        try await waitUntil("\(name) restarted", timeout: .seconds(30)) {
            let process = try? await dispatch.mesh.status().processes.first { $0.name == name }
            return (process?.restarts ?? 0) > before.restarts && process?.pid != pid && process?.report != nil
        }
    }

    /// Reads the stopped mesh's stores: each order had one purchase order sent and one shipped, by the partition
    /// that owns it; the simulated suppliers took each purchase order once and handed one parcel per order to a
    /// carrier; no store holds a dead letter.
    func expectShippedExactlyOnce(_ orders: [OrderID], _ stores: MeshStores) async throws {
        let once = Dictionary(uniqueKeysWithValues: orders.map { ($0, 1) })
        let events = try await stores.partitionEvents()
        func perOrder(_ type: String) -> [OrderID: Int] {
            Dictionary(grouping: events.filter { $0.type == type }, by: \.orderID).mapValues(\.count)
        }
        #expect(perOrder(PurchaseOrderSent.eventType) == once)
        #expect(perOrder(PurchaseOrderShipped.eventType) == once)
        #expect(perOrder(PurchaseOrderShippedAfterCancel.eventType).isEmpty)
        let misplaced = events.filter { $0.store != DispatchMesh.partition(of: $0.orderID) }
        #expect(misplaced.isEmpty, "events in a partition that does not own their order: \(misplaced.count)")

        let receipts = try await stores.payloads(SimPurchaseOrderReceived.self, of: "simulator")
        let receiptsPerSupplierAndPurchaseOrder = Dictionary(
            grouping: receipts, by: { "\($0.supplierID) \($0.purchaseOrderID)" })
        #expect(receiptsPerSupplierAndPurchaseOrder.count == orders.count)
        #expect(receiptsPerSupplierAndPurchaseOrder.values.allSatisfy { $0.count == 1 })
        let parcels = try await stores.payloads(SimShipped.self, of: "simulator").compactMap {
            DispatchPartitioning.orderID(of: $0.purchaseOrderID)
        }
        #expect(Dictionary(grouping: parcels, by: { $0 }).mapValues(\.count) == once)
        #expect(try await stores.deadLetters() == [])
    }
}
