import Contracts
import Foundation
import Glibc
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Issue 3 with real processes on simulated time: placement → 8-hour hold → release (R1-R5).
    @Suite(.timeLimit(.minutes(3))) struct OrderTimelineMeshTests {
        @Test func placedOrderIsReleasedAfterEightHoursWithItsEmail() async throws {  // R1, R4, R5
            let mesh = try await OrderMesh.start()
            let order = try await mesh.place(mesh.placement(quantity: 2))
            try await mesh.waitForStatus(order, .held)
            try await mesh.advance("7h59m")
            #expect(try await mesh.status(order) == .held)
            try await mesh.advance("1m")
            try await mesh.waitForStatus(order, .released)
            #expect(try await mesh.unfulfilled().orders.map(\.orderID) == [order])
            try await waitUntil("the New Transactions email") {
                mesh.mails().contains { $0.contains("\(order).new-transaction") }
            }
            #expect(mesh.mails().contains { $0.contains("\(order).confirmation") })
            let stock = try await mesh.stock()
            #expect(stock.available == 8 && stock.reserved == 2)
            await mesh.mesh.tearDown()
        }

        @Test func cancelDuringTheHoldReturnsStockAndVoidsPayment() async throws {  // R2, R4, R15
            let mesh = try await OrderMesh.start()
            let order = try await mesh.place(mesh.placement(quantity: 3))
            try await mesh.waitForStatus(order, .held)
            try await mesh.cancel(order)
            try await mesh.waitForStatus(order, .cancelled)
            try await waitUntil("stock back") { try await mesh.stock().available == 10 }
            try await waitUntil("payment voided") {
                try await mesh.payment(order).state == .voided
            }
            try await mesh.advance("8h")
            #expect(try await mesh.status(order) == .cancelled)
            await mesh.mesh.tearDown()
        }

        @Test func declinedPaymentEndsTheOrderAndReturnsStock() async throws {  // R3
            let mesh = try await OrderMesh.start()
            let order = try await mesh.place(mesh.placement(quantity: 4, token: "tok_declined"))
            try await mesh.waitForStatus(order, .declined)
            try await waitUntil("stock back") { try await mesh.stock().available == 10 }
            try await waitUntil("the decline notice") { mesh.mails().contains { $0.contains("\(order).decline") } }
            await mesh.mesh.tearDown()
        }

        @Test func reviewApprovedBeforeAndAfterTheHoldRejectedCancels() async throws {  // R4
            let mesh = try await OrderMesh.start()
            // A disposable email and a card from another country: risky enough for review.
            let risky = { (key: String) in mesh.placement(email: "x\(key)@yopmail.com", token: "tok_visa_gb", key: key)
            }
            let early = try await mesh.place(risky("a"))
            let late = try await mesh.place(risky("b"))
            let rejected = try await mesh.place(risky("c"))
            let rejectedLate = try await mesh.place(risky("d"))
            for order in [early, late, rejected, rejectedLate] { try await mesh.waitForStatus(order, .underReview) }
            try await waitUntil("merchant told of orders under review") {
                mesh.mails().filter { $0.contains("under-review") }.count == 4
            }
            try await mesh.approve(early)
            try await mesh.reject(rejected, reason: "stolen card")
            try await mesh.waitForStatus(rejected, .cancelled)
            try await mesh.waitForStatus(early, .held)  // approved, waiting for the hold to end
            try await mesh.advance("8h")
            try await mesh.waitForStatus(early, .released)
            #expect(try await mesh.status(late) == .underReview)
            try await mesh.approve(late)
            try await mesh.waitForStatus(late, .released)  // approved after the 8 hours: released at once
            try await mesh.reject(rejectedLate, reason: "chargeback risk")
            try await mesh.waitForStatus(rejectedLate, .cancelled)  // rejected after the 8 hours
            try await waitUntil("stock of both rejected orders back") { try await mesh.stock().available == 8 }
            await mesh.mesh.tearDown()
        }

        @Test func fiftyConcurrentPlacementsForTenUnitsAcceptExactlyTen() async throws {  // R2: no oversell
            let mesh = try await OrderMesh.start(stock: 10)
            let outcomes = await withTaskGroup(of: String.self) { group in
                for index in 0..<50 {
                    group.addTask {
                        do {
                            _ = try await mesh.place(mesh.placement(email: "c\(index)@example.com", key: "k\(index)"))
                            return "accepted"
                        } catch RPCCallError.failed(let failure) {
                            return failure.code
                        } catch {
                            return "\(error)"
                        }
                    }
                }
                var outcomes: [String] = []
                for await outcome in group { outcomes.append(outcome) }
                return outcomes
            }
            #expect(outcomes.filter { $0 == "accepted" }.count == 10)
            #expect(outcomes.filter { $0 == "sold_out" || $0 == "insufficient_stock" }.count == 40, "\(Set(outcomes))")
            let stock = try await mesh.stock()
            #expect(stock.available == 0 && stock.reserved == 10)
            await mesh.mesh.tearDown()
        }

        @Test func theSameIdempotencyKeyTwiceMakesOneOrder() async throws {  // R1
            let mesh = try await OrderMesh.start()
            let first = try await mesh.place(mesh.placement(key: "retry-1"))
            let second = try await mesh.place(mesh.placement(key: "retry-1"))
            #expect(first == second)
            #expect(try await mesh.list().count == 1)
            #expect(try await mesh.stock().available == 9)
            await mesh.mesh.tearDown()
        }
    }
}
