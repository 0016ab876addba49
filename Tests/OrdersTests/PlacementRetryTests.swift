import Contracts
import Foundation
import GRDB
import Orders
import Streams
import Synchronization
import TestSupport
import Testing

/// R1, R2, docs/architecture.md §2: a retried placement is tied to its first attempt's reservation through its
/// idempotency key, on a real store. Inventory here is `TableStockReserver`, which keeps Inventory's rules for
/// a reservation's identity (InventoryTests check Inventory's own); an attempt whose process died between
/// reserving and committing is one whose answer from Inventory never arrived: Orders stored nothing.
@Suite(.timeLimit(.minutes(1)))
struct PlacementRetryTests {
    static let key = "checkout-retry"
    static let request = ServiceFixtures.request(idempotencyKey: key)
    static let sku = ValidationFixtures.sku

    /// A harness whose first placement of `request` reserved at Inventory and then stored nothing, and the order
    /// id that reservation holds for.
    static func crashedBeforeCommit(
        stock: Int = 20, beforeReserve: (@Sendable (_ call: Int) async -> Void)? = nil
    ) async throws -> (OrdersHarness, OrderID) {
        let harness = try OrdersHarness(stock: stock, beforeReserve: beforeReserve)
        let before = try harness.placementRowCounts()
        harness.reserver.state.withLock { $0.loseNextAnswer = true }
        let lost = try await harness.refusal("orders.place", request)
        #expect(lost.code == "unavailable")
        #expect(try harness.placementRowCounts() == before)
        let first = try #require(Array(harness.reserver.reservations.keys).only)
        #expect(harness.reserver.available(sku) == stock - 2)
        return (harness, first)
    }

    @Test("R2: a retry after Orders died between reserving and committing takes its first attempt's reservation")
    func retryAfterCrashBeforeCommit() async throws {
        // Given a placement whose 2 units Inventory reserved, by a process that died before storing the order
        let (crashed, first) = try await Self.crashedBeforeCommit()

        // When the service starts again on its store and the client retries with the same key
        let harness = try crashed.reopened()
        let placed = try await harness.place(Self.request)

        // Then the order is stored under the first attempt's order id, on its reservation: the stock went down by 2
        #expect(placed.orderID == first && placed.quantity == 2)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 18)
        #expect(try harness.count("order") == 1)
        #expect(try harness.publishedTypes(of: first) == ["order.placed"])
        #expect(try harness.queuedMails().map(\.id) == ["orders.\(first).confirmation"])

        // And a further retry gets the same answer, reserving nothing more
        #expect(try await harness.place(Self.request) == placed)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 18)
    }

    @Test("R2: concurrent retries after the crash make one order on the one reservation and get one answer")
    func concurrentRetriesAfterCrash() async throws {
        // Given the crashed first attempt, and an Inventory that lets the next three calls in together
        let gate = Rendezvous(parties: 3)
        let (crashed, first) = try await Self.crashedBeforeCommit { call in
            if call > 1 { await gate.arrive() }
        }
        let harness = try crashed.reopened()

        // When three retries with the key race
        async let one = harness.place(Self.request)
        async let two = harness.place(Self.request)
        async let three = harness.place(Self.request)
        let answers = try await [one, two, three]

        // Then all three got the one order, made on the first attempt's reservation
        #expect(Set(answers.map(\.orderID)) == [first] && answers.allSatisfy { $0 == answers[0] })
        #expect(try harness.count("order") == 1 && harness.count("idempotencyKey") == 1)
        #expect(try harness.published().count == 1 && harness.queuedMails().count == 1)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 18)
    }

    /// Requests that differ from `request` in one way each, under its key.
    static let otherBodies: [(String, @Sendable (inout PlacementRequest) -> Void)] = [
        ("another quantity", { $0.quantity = 3 }),
        ("another variation", { $0.sku = "TSHIRT-L-BLUE" }),
        ("another address", { $0.shippingAddress.line2 = "Apartamento 12" }),
        ("another email", { $0.customer.email = "ana@example.org" }),
        ("another payment token", { $0.paymentToken = "tok_visa_1881" }),
        ("a space after the name, which the stored order would drop", { $0.customer.name += " " }),
    ]

    @Test("R1: a key that answered one request refuses any other on idempotencyKey; the same bytes get the answer")
    func keyReusedWithAnotherBody() async throws {
        // Given a placement sent as JSON bytes, and its answer
        let harness = try OrdersHarness()
        let bytes = String(decoding: try DomainTime.makeEncoder().encode(Self.request), as: UTF8.self)
        let (placedOK, answer) = await harness.call("orders.place", json: bytes)
        #expect(placedOK)
        let first = try DomainTime.makeDecoder().decode(OrderSummary.self, from: answer)
        let before = try harness.placementRowCounts()

        // When the very same bytes come again, then they get the first answer
        let again = await harness.call("orders.place", json: bytes)
        #expect(again.ok)
        #expect(try DomainTime.makeDecoder().decode(OrderSummary.self, from: again.body) == first)

        // And so do the same values spelled otherwise in JSON (keys in another order, other spacing)
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.prettyPrinted]
        let respelled = String(decoding: try encoder.encode(Self.request), as: UTF8.self)
        #expect(respelled != bytes)
        let respelledAnswer = await harness.call("orders.place", json: respelled)
        #expect(respelledAnswer.ok)
        #expect(try DomainTime.makeDecoder().decode(OrderSummary.self, from: respelledAnswer.body) == first)

        // When the key comes with another request, then each is refused on the key, naming the first order
        for (name, change) in Self.otherBodies {
            var other = Self.request
            change(&other)
            let refusal = try await harness.refusal("orders.place", other)
            #expect(refusal.code == "conflict" && refusal.field == "idempotencyKey", "\(name)")
            #expect(refusal.message.contains("\(first.orderID)"), "\(name): \(refusal.message)")
        }

        // And nothing was stored, published or reserved for any of them
        #expect(try harness.placementRowCounts() == before)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 18)
    }

    @Test("R2: before an answer is stored, the key with another quantity is Inventory's conflict; nothing reserved")
    func keyReusedBeforeAnyAnswer() async throws {
        // Given the crashed first attempt
        let (crashed, first) = try await Self.crashedBeforeCommit()
        let harness = try crashed.reopened()
        let before = try harness.placementRowCounts()

        // When the key comes back asking for 3, then Inventory's refusal on the key is the answer
        let reused = try await harness.refusal(
            "orders.place", ServiceFixtures.request(quantity: 3, idempotencyKey: Self.key))
        #expect(reused.code == "conflict" && reused.field == "idempotencyKey")
        #expect(try harness.placementRowCounts() == before)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 18)

        // And the first request, retried, still places on the first reservation
        #expect(try await harness.place(Self.request).orderID == first)
    }

    @Test("R2: a retry after the first reservation expired reserves again for the same order id")
    func expiredFirstReservationIsReservedAgain() async throws {
        // Given the crashed first attempt, whose reservation then ran out of time
        let (crashed, first) = try await Self.crashedBeforeCommit(stock: 2)
        crashed.reserver.expire(first)
        #expect(crashed.reserver.available(Self.sku) == 2)

        // When the client retries, then the units are reserved again, for the same order
        let harness = try crashed.reopened()
        let placed = try await harness.place(Self.request)
        #expect(placed.orderID == first)
        #expect(harness.reserver.reservations.count == 1 && harness.reserver.available(Self.sku) == 0)
        #expect(try harness.count("order") == 1)
    }

    @Test("R2: a retry after the first reservation expired and its units sold is refused, storing nothing")
    func expiredFirstReservationWhoseUnitsAreGone() async throws {
        // Given the crashed first attempt's reservation expired, and another customer took the 2 units
        let (crashed, first) = try await Self.crashedBeforeCommit(stock: 2)
        crashed.reserver.expire(first)
        let harness = try crashed.reopened()
        let other = try await harness.place(ServiceFixtures.request(idempotencyKey: "checkout-other"))
        let before = try harness.placementRowCounts()

        // When the client retries, then it is told the stock is gone, and nothing is stored
        let refusal = try await harness.refusal("orders.place", Self.request)
        #expect(refusal.code == "sold_out" && refusal.field == "quantity")
        #expect(try harness.placementRowCounts() == before)
        #expect(
            try harness.read { try String.fetchAll($0, sql: #"SELECT id FROM "order""#) } == [other.orderID.rawValue])
    }
}
