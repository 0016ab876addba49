import Contracts
import Foundation
import GRDB
import Glibc
import Logging
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Issue 10, point 3, with real processes: the crash window of placement's synchronous hop. Inventory is
    /// stopped (SIGSTOP) while a placement waits on its reservation, Orders is killed (SIGKILL) and restarted by
    /// the supervisor, Inventory resumes (SIGCONT) and makes the reservation nobody waits for any more, and the
    /// client retries with the same idempotency key: one order, the listing's stock down by exactly its quantity,
    /// and no reservation left pending beside the order's (docs/architecture.md §2).
    @Suite(.timeLimit(.minutes(3))) struct RetriedPlacementMeshTests {
        static let stock = 10
        static let quantity = 2
        static let key = "crash-window-1"

        @Test func aPlacementRetriedAfterOrdersDiedWhileInventoryReservedReservesOnce() async throws {
            let mesh = try await Self.start()
            let request = mesh.placement(quantity: Self.quantity, key: Self.key)
            let inventoryPID = try #require(try await mesh.mesh.pid(of: "inventory"))
            let ordersPID = try #require(try await mesh.mesh.pid(of: "orders"))

            // Inventory stops; the placement reaches Orders, which sends its reservation and waits for the answer.
            kill(inventoryPID, SIGSTOP)
            let firstAttempt = Task { try await mesh.place(request, timeout: .seconds(5)) }
            try await waitUntil("orders to ask inventory for the reservation", timeout: .seconds(10)) {
                mesh.mesh.output.lines.contains { $0.contains("Reserving stock") && $0.contains(Self.key) }
            }

            // Orders dies before its answer comes; Inventory resumes and reserves for the dead attempt.
            kill(ordersPID, SIGKILL)
            kill(inventoryPID, SIGCONT)
            try await waitUntil("inventory to reserve for the first attempt", timeout: .seconds(20)) {
                try await mesh.stock().reserved == Self.quantity
            }
            let firstReservation = try #require(try await Self.reservations(mesh).only)
            #expect(firstReservation.state == "pending" && firstReservation.key == Self.key)
            await #expect(throws: (any Error).self) { _ = try await firstAttempt.value }

            // The supervisor restarts Orders; the client retries with the same key.
            try await waitUntil("orders restarted", timeout: .seconds(30)) {
                let orders = try await mesh.mesh.status().processes.first { $0.name == "orders" }
                return orders?.pid != nil && orders?.pid != ordersPID && orders?.report != nil
            }
            let order = try await mesh.place(request)

            // One order, on the first attempt's reservation, which order.placed made firm.
            #expect(order == firstReservation.orderID)
            #expect(try await mesh.list().map(\.orderID) == [order])
            try await waitUntil("the reservation confirmed", timeout: .seconds(20)) {
                try await Self.reservations(mesh).map(\.state) == ["firm"]
            }
            #expect(try await Self.reservations(mesh).map(\.orderID) == [order])
            let stock = try await mesh.stock()
            #expect(stock.available == Self.stock - Self.quantity && stock.reserved == Self.quantity)
            #expect(stock.sold == 0)
            let reserved = try await MeshStores(statePath: mesh.mesh.statePath).payloads(
                StockReserved.self, of: "inventory")
            #expect(reserved.map(\.orderID) == [order] && reserved.map(\.quantity) == [Self.quantity])

            // And a retry once more gets the same order; Inventory was never restarted, Orders once.
            #expect(try await mesh.place(request) == order)
            let restarts = try await mesh.mesh.status().processes.map { "\($0.name) \($0.restarts)" }
            #expect(restarts == ["inventory 0", "payments 0", "fraud-hold 0", "orders 1"])
            await mesh.mesh.tearDown()
        }

        /// The order domain with `stock` TEE-M, Orders logging at debug (it logs "Reserving stock" as it calls
        /// Inventory) and a 1-second heartbeat, so that the supervisor's liveness check (three silent heartbeats)
        /// leaves the stopped Inventory alone for the few hundred milliseconds the test holds it.
        static func start() async throws -> OrderMesh {
            var blueprint = MeshBlueprint.orderDomain(reviewThreshold: 50)
            for index in blueprint.processes.indices where blueprint.processes[index].name == "orders" {
                blueprint.processes[index].logLevel = .debug
            }
            var timing = MeshBlueprint.Timing.quick()
            timing.heartbeat = .seconds(1)
            let harness = try MeshHarness(blueprint, timing: timing)
            _ = try await harness.startSupervisor(processes: 4)
            let mesh = OrderMesh(mesh: harness)
            _ = try await harness.call(
                "inventory", "inventory.load", OrderMesh.catalog(stock: stock), as: CatalogLoadResult.self)
            try await waitUntil("orders knows the listing") {
                try await mesh.orders(know: OrderMesh.listing)
            }
            return mesh
        }

        /// Every reservation in Inventory's store (read-only, beside the running process): order, key, state.
        static func reservations(_ mesh: OrderMesh) async throws -> [(orderID: OrderID, key: String?, state: String)] {
            var configuration = Configuration()
            configuration.readonly = true
            let queue = try DatabaseQueue(path: "\(mesh.mesh.statePath)/inventory.sqlite", configuration: configuration)
            defer { try? queue.close() }
            return try await queue.read { db in
                try Row.fetchAll(db, sql: "SELECT orderID, idempotencyKey, state FROM reservation ORDER BY orderID")
                    .map { row in (OrderID(rawValue: row["orderID"]), row["idempotencyKey"], row["state"]) }
            }
        }
    }
}

extension OrderMesh {
    /// Whether Orders' copy of the catalogue has `listing`: a placement of an unknown SKU (refused, so nothing is
    /// stored) is refused for its `sku` once the listing is known, for its `listingID` before.
    fileprivate func orders(know listing: ListingID) async throws -> Bool {
        var probe = placement()
        probe.listingID = listing
        probe.sku = "NO-SUCH-SKU"
        do {
            _ = try await place(probe, timeout: .seconds(10))
            return false
        } catch RPCCallError.failed(let failure) {
            return failure.errors?.contains { $0.field == "sku" } == true
        }
    }
}

extension Array {
    /// The single element, or nil if there are none or several.
    fileprivate var only: Element? { count == 1 ? first : nil }
}
