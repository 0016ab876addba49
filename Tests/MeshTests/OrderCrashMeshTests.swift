import Contracts
import Foundation
import Glibc
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Issue 3's crash test: every service SIGKILLed in turn while 1,000 orders are placed; afterwards every
    /// order is in its right state, stock is conserved and no email was written twice.
    @Suite(.timeLimit(.minutes(5))) struct OrderCrashMeshTests {
        static let orders = 1_000
        static let stock = 2_000

        @Test func everyServiceKilledInTurnDuringAThousandPlacements() async throws {
            let mesh = try await OrderMesh.start(stock: Self.stock, reviewThreshold: 10_000)
            let accepted = AcceptedOrders()
            let victims = ["inventory", "payments", "fraud-hold", "orders"]
            try await withThrowingTaskGroup(of: Void.self) { group in
                for worker in 0..<4 {
                    group.addTask {
                        for index in stride(from: worker, to: Self.orders, by: 4) {
                            let order = try await placeUntilAccepted(mesh, index: index)
                            accepted.record(index, order)
                        }
                    }
                }
                group.addTask {
                    for (round, victim) in victims.enumerated() {
                        let threshold = (round + 1) * Self.orders / 5
                        try await waitUntil("\(threshold) orders placed", timeout: .seconds(120)) {
                            accepted.count >= threshold
                        }
                        let pid = try #require(try await mesh.mesh.pid(of: victim))
                        kill(pid, SIGKILL)
                    }
                }
                try await group.waitForAll()
            }
            let placed = accepted.all
            #expect(Set(placed).count == Self.orders, "one order per idempotency key")
            let restarts = try await mesh.mesh.status().processes.map(\.restarts)
            #expect(restarts == [1, 1, 1, 1])

            // Every order reaches held, then released after the hold, whatever was killed when.
            try await waitUntil("all orders held: \(try await histogram(mesh, placed))", timeout: .seconds(60)) {
                try await statuses(mesh, placed).allSatisfy { $0 == .held }
            }
            try await mesh.advance("8h")
            try await waitUntil("all orders released", timeout: .seconds(120)) {
                try await statuses(mesh, placed).allSatisfy { $0 == .released }
            }
            let stock = try await mesh.stock()
            #expect(stock.available + stock.reserved + stock.sold == Self.stock, "stock conserved")
            #expect(stock.reserved + stock.sold == Self.orders)
            try await waitUntil("every email delivered", timeout: .seconds(60)) {
                mesh.mails().filter { $0.hasSuffix(".new-transaction.eml") }.count == Self.orders
            }
            let mails = mesh.mails()
            #expect(mails.filter { $0.hasSuffix(".confirmation.eml") }.count == Self.orders)
            #expect(mails.count == 2 * Self.orders, "exactly one confirmation and one New Transactions mail per order")
            let dead = try await mesh.mesh.status().processes.compactMap(\.report).map(\.deadLetters).reduce(0, +)
            #expect(dead == 0)
            await mesh.mesh.tearDown()
        }

        /// Places order `index` under a fixed idempotency key, retrying while a service is down.
        func placeUntilAccepted(_ mesh: OrderMesh, index: Int) async throws -> OrderID {
            let request = mesh.placement(email: "c\(index)@example.com", key: "crash-\(index)")
            while true {
                do {
                    return try await mesh.place(request, timeout: .seconds(3))
                } catch RPCCallError.failed(let failure) where failure.code != "unavailable" {
                    throw failure
                } catch {
                    try await Task.sleep(for: .milliseconds(50))  // a service is restarting: retry the same key
                }
            }
        }

        func histogram(_ mesh: OrderMesh, _ orders: [OrderID]) async throws -> [String: Int] {
            Dictionary(grouping: try await statuses(mesh, orders), by: { $0?.rawValue ?? "unknown" }).mapValues(\.count)
        }

        func statuses(_ mesh: OrderMesh, _ orders: [OrderID]) async throws -> [OrderStatus?] {
            var result: [OrderStatus?] = []
            for order in orders { result.append(try? await mesh.status(order)) }
            return result
        }
    }
}
