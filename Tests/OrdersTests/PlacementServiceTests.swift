import Contracts
import Foundation
import Orders
import Streams
import Synchronization
import TestSupport
import Testing

/// R1, R2: `orders.place` over a real store: one transaction for the order, its timeline, the key's answer,
/// `order.placed` and the confirmation; nothing at all on a refusal; one order per idempotency key.
@Suite(.timeLimit(.minutes(1)))
struct PlacementServiceTests {
    @Test("R1, R2: placement stores the order, its timeline, order.placed with the token, and a confirmation")
    func placementHappyPath() async throws {
        // Given the catalogue and 20 units of stock
        let harness = try OrdersHarness()

        // When the customer places 2 × 19.99 EUR with a key
        let placed = try await harness.place(ServiceFixtures.request(idempotencyKey: "checkout-1"))

        // Then the answer is the placed order, its total in minor units, at the domain time
        #expect(placed.orderID.rawValue.hasPrefix("ord_") && placed.orderID.rawValue.count == 30)
        #expect(placed.status == .placed && placed.total == Money(minorUnits: 3998, currency: ServiceFixtures.euro))
        #expect(placed.placedAt == ServiceFixtures.t0 && placed.cancelUntil == nil)
        #expect(placed.merchantID == ServiceFixtures.merchantID && placed.quantity == 2)

        // And the order and its timeline are stored
        let detail = try await harness.show(placed.orderID)
        #expect(detail.timeline == [TimelineEntry(at: ServiceFixtures.t0, status: .placed, cause: .placement)])
        #expect(detail.unmetConditions == [.paymentAuthorised, .holdOver])
        #expect(detail.shippingAddress.city == "São Paulo" && detail.customerEmail == "ana.souza@example.com")
        #expect(try harness.count("idempotencyKey") == 1)

        // And Inventory reserved the units for this order id with the TTL setting (R2)
        let reservation = try #require(harness.reserver.reservations[placed.orderID])
        #expect(reservation.quantity == 2 && reservation.sku == ValidationFixtures.sku && reservation.ttlSeconds == 900)

        // And order.placed carries the payment token, never a card number
        let events = try harness.published()
        #expect(events.map(\.type) == ["order.placed"])
        let envelope = try DomainTime.makeDecoder().decode(Envelope<OrderPlaced>.self, from: events[0].body)
        #expect(envelope.data.paymentToken == "tok_visa_4242" && envelope.correlation == placed.orderID.rawValue)
        #expect(envelope.data.total.minorUnits == 3998 && envelope.data.merchantID == ServiceFixtures.merchantID)

        // And the customer's confirmation is queued, from the merchant's brand
        let mails = try harness.queuedMails()
        #expect(mails.map(\.id) == ["orders.\(placed.orderID).confirmation"])
        #expect(mails[0].header("From") == "Loja Azul <noreply@dropline.local>")
        #expect(mails[0].body.contains("Camiseta Básica (variation TSHIRT-M-BLUE) × 2"))
        #expect(mails[0].body.contains("Total: 39.98 EUR") && mails[0].body.contains("São Paulo SP 01310-200"))
    }

    /// A request refused by R1 and the field that must be named first.
    static let refusals: [(String, @Sendable (inout PlacementRequest) -> Void, String)] = [
        ("quantity 0", { $0.quantity = 0 }, "quantity"),
        ("quantity above the limit", { $0.quantity = 11 }, "quantity"),
        ("malformed email", { $0.customer.email = "ana.souza@" }, "customer.email"),
        ("postal code format", { $0.shippingAddress.postalCode = "1234" }, "shippingAddress.postalCode"),
        ("not an ISO country", { $0.shippingAddress.country = "XX" }, "shippingAddress.country"),
        ("unknown listing", { $0.listingID = "lst_UNKNOWN" }, "listingID"),
        ("unknown variation", { $0.sku = "TSHIRT-XXL-RED" }, "sku"),
        ("price changed since shown", { $0.unitPrice.minorUnits = 1799 }, "unitPrice"),
        ("no payment token", { $0.paymentToken = "" }, "paymentToken"),
    ]

    @Test("R1: every refusal names the field and stores nothing", arguments: 0..<refusals.count)
    func refusalsStoreNothing(_ index: Int) async throws {
        // Given the catalogue and stock
        let harness = try OrdersHarness()
        let before = try harness.placementRowCounts()
        let (_, breakRequest, field) = Self.refusals[index]
        var request = ServiceFixtures.request(idempotencyKey: "checkout-refused")
        breakRequest(&request)

        // When the broken request is placed
        let refusal = try await harness.refusal("orders.place", request)

        // Then it is refused on the field, nothing is stored, no stock is reserved
        #expect(refusal.code == "invalid_request" && refusal.field == field, "\(Self.refusals[index].0)")
        #expect(refusal.errors?.first?.field == field)
        #expect(try harness.placementRowCounts() == before)
        #expect(harness.reserver.reservations.isEmpty)
    }

    @Test("R1: an inactive listing is refused on listingID and nothing is stored")
    func inactiveListing() async throws {
        // Given a listing the merchant deactivated
        let harness = try OrdersHarness()
        try harness.deliver(
            ListingUpserted(listing: ServiceFixtures.listing(isActive: false), at: ServiceFixtures.t0))
        let before = try harness.placementRowCounts()

        // When it is ordered, then it is refused without a reservation
        let refusal = try await harness.refusal("orders.place", ServiceFixtures.request())
        #expect(refusal.field == "listingID" && refusal.message == "listing is not active")
        #expect(try harness.placementRowCounts() == before && harness.reserver.reservations.isEmpty)
    }

    @Test("R1: the same request twice under one key gives one order and the same answer; another is refused")
    func idempotencyKeyTwice() async throws {
        let harness = try OrdersHarness()
        // Given a placed order
        let first = try await harness.place(ServiceFixtures.request(idempotencyKey: "checkout-twice"))
        try harness.advance(to: ServiceFixtures.t(5))

        // When the client retries the same request with the same key
        let second = try await harness.place(ServiceFixtures.request(idempotencyKey: "checkout-twice"))

        // Then it gets the first answer and nothing else happens
        #expect(second == first)
        #expect(try harness.count("order") == 1 && harness.reserver.reservations.count == 1)
        #expect(try harness.published().count == 1)
        #expect(try harness.queuedMails().count == 1)

        // And the same key with another quantity is refused on the key, changing nothing
        let before = try harness.placementRowCounts()
        let reused = try await harness.refusal(
            "orders.place", ServiceFixtures.request(quantity: 3, idempotencyKey: "checkout-twice"))
        #expect(reused.code == "conflict" && reused.field == "idempotencyKey")
        #expect(try harness.placementRowCounts() == before && harness.reserver.reservations.count == 1)

        // And another key makes another order
        let other = try await harness.place(ServiceFixtures.request(idempotencyKey: "checkout-other"))
        #expect(other.orderID != first.orderID && other.orderID.rawValue > first.orderID.rawValue)
    }

    @Test("R1: two concurrent placements with one key make one order and give the same answer")
    func concurrentIdempotencyKey() async throws {
        // Given an Inventory that lets both calls reserve before either stores its order
        let gate = Rendezvous(parties: 2)
        let harness = try OrdersHarness(beforeReserve: { _ in await gate.arrive() })
        let request = ServiceFixtures.request(idempotencyKey: "checkout-race")

        // When both are placed at once
        async let first = harness.place(request)
        async let second = harness.place(request)
        let answers = try await [first, second]

        // Then one order was stored and both callers got its answer; both attempts held the key's one reservation
        #expect(answers[0] == answers[1])
        #expect(try harness.count("order") == 1)
        #expect(try harness.count("idempotencyKey") == 1)
        #expect(try harness.published().count == 1)
        #expect(try harness.queuedMails().count == 1)
        #expect(harness.reserver.reservations.count == 1)
        #expect(harness.reserver.reservations.keys.first == answers[0].orderID)
    }

    @Test("R1: a retry whose reservation fails after its first attempt stored the order gets the first answer")
    func retryRefusedByInventoryAfterTheFirstCommitted() async throws {
        // Given stock for one order, and an Inventory that lets the second call in only when the test says
        let gate = Rendezvous(parties: 2)
        let release = Rendezvous(parties: 2)
        let harness = try OrdersHarness(stock: 2) { call in
            await gate.arrive()
            if call == 2 { await release.arrive() }
        }
        let request = ServiceFixtures.request(idempotencyKey: "checkout-retry")

        // When the first attempt completes, and only then the retry's reservation fails (Inventory went away)
        try await withThrowingTaskGroup(of: OrderSummary.self) { group in
            group.addTask { try await harness.place(request) }
            group.addTask { try await harness.place(request) }
            let first = try #require(try await group.next())
            harness.reserver.state.withLock { $0.unreachable = true }
            await release.arrive()
            let retry = try #require(try await group.next())

            // Then the retry gets the first answer, and one order exists
            #expect(retry == first)
        }
        #expect(try harness.count("order") == 1)
        #expect(harness.reserver.reservations.count == 1)
    }

    @Test("R2: Inventory's sold_out is returned as is on quantity, and nothing is stored")
    func soldOut() async throws {
        // Given no stock left
        let harness = try OrdersHarness(stock: 0)
        let before = try harness.placementRowCounts()

        // When the customer orders, then Inventory's refusal comes back unchanged
        let refusal = try await harness.refusal("orders.place", ServiceFixtures.request())
        #expect(refusal.code == "sold_out" && refusal.field == "quantity")
        #expect(try harness.placementRowCounts() == before)
    }

    @Test("R2: more than is left is insufficient_stock; an unreachable Inventory is unavailable; nothing stored")
    func insufficientOrUnavailable() async throws {
        let harness = try OrdersHarness(stock: 1)
        let before = try harness.placementRowCounts()
        let short = try await harness.refusal("orders.place", ServiceFixtures.request(quantity: 2))
        #expect(short.code == "insufficient_stock" && short.field == "quantity")

        harness.reserver.state.withLock { $0.unreachable = true }
        let down = try await harness.refusal("orders.place", ServiceFixtures.request(quantity: 1))
        #expect(down.code == "unavailable")
        #expect(try harness.placementRowCounts() == before)
    }
}
