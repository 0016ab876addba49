import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R3–R5 through the service's stream handlers: release at whichever fact arrives last, in any order; the queue
/// entry, `order.released` and "New Transactions" exactly once, even when facts are delivered again.
@Suite(.timeLimit(.minutes(2)))
struct ReleaseServiceTests {
    /// Every order of authorisation, hold start and hold end, and of those with a review opened (before the
    /// last of authorisation and hold end, else the order was released first) and approved after it.
    static let arrivals: [[Fact]] = {
        let withReview = permutations(of: Fact.allCases).filter { facts in
            let position = { (fact: Fact) in facts.firstIndex(of: fact) ?? 0 }
            return position(.reviewOpen) < position(.reviewApprove)
                && position(.reviewOpen) < max(position(.authorise), position(.holdEnd))
        }
        return permutations(of: [.authorise, .holdStart, .holdEnd]) + withReview
    }()

    @Test("R5: released only when authorised, hold over and no review pending, in any order", arguments: arrivals)
    func releaseInAnyOrder(_ facts: [Fact]) async throws {
        // Given a placed order
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        let releasing = facts.lastIndex { [.authorise, .holdEnd, .reviewApprove].contains($0) } ?? 0

        // When the facts arrive in this order, one minute apart
        for (index, fact) in facts.enumerated() {
            try fact.deliver(about: id, at: ServiceFixtures.t(index + 1), to: harness)
            let status = try await harness.show(id).status
            // Then the order is released at the last of R5's facts and not before
            #expect((status == .released) == (index >= releasing), "after \(fact) at step \(index)")
            #expect(try harness.count("unfulfilledOrder") == (index >= releasing ? 1 : 0))
        }

        // And every fact delivered again (a new seq, as after a publisher's replay) changes nothing
        let published = try harness.published()
        for (index, fact) in facts.enumerated() {
            try fact.deliver(about: id, at: ServiceFixtures.t(index + 1), to: harness)
        }
        #expect(try harness.published() == published)
        #expect(try harness.count("unfulfilledOrder") == 1)
        let types = try harness.publishedTypes(of: id)
        #expect(types.first == "order.placed" && types.last == "order.released")
        #expect(types.count(where: { $0 == "order.released" }) == 1)
        let mails = try harness.queuedMails().map(\.id)
        #expect(mails.count(where: { $0 == "orders.\(id).new-transaction" }) == 1)
        #expect(mails.count(where: { $0.hasPrefix("orders.\(id).under-review") }) == (facts.count == 5 ? 1 : 0))
    }

    @Test("R5: the queue entry and New Transactions carry what the merchant needs to fulfil")
    func releaseQueuesEverythingNeeded() async throws {
        // Given an authorised order whose hold started
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.holdStarted(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(2)))
        let held = try await harness.show(id)
        #expect(held.status == .held && held.cancelUntil == ServiceFixtures.t(480))

        // When the hold ends
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))

        // Then the merchant's queue holds the variation, quantity, customer and address (R5)
        let queue = try await harness.call(
            "orders.unfulfilled", UnfulfilledRequest(merchantID: ServiceFixtures.merchantID),
            as: UnfulfilledQueueView.self)
        let entry = try #require(queue.orders.first)
        #expect(queue.orders.count == 1 && entry.orderID == id && entry.sku == ValidationFixtures.sku)
        #expect(entry.quantity == 2 && entry.customerName == "Ana Souza" && entry.releasedAt == ServiceFixtures.t(480))
        #expect(entry.shippingAddress == ValidationFixtures.brazilianAddress)

        // And order.released carries the same entry
        let released = try #require(try harness.published().last)
        let envelope = try DomainTime.makeDecoder().decode(Envelope<OrderReleased>.self, from: released.body)
        #expect(envelope.data.unfulfilled == entry && envelope.data.cause == .holdEnded)

        // And the merchant's "New Transactions" mail says what to send where
        let mail = try #require(try harness.queuedMails().last)
        #expect(mail.id == "orders.\(id).new-transaction")
        #expect(mail.header("To") == "Loja Azul <vendas@loja-azul.example>")
        #expect(mail.header("From") == "Dropline <noreply@dropline.local>")
        for line in [
            "Variation (SKU): TSHIRT-M-BLUE", "Quantity: 2", "Customer: Ana Souza", "Avenida Paulista, 1578",
            "São Paulo SP 01310-200", "Brazil", "Listing: Camiseta Básica (lst_01JD7Y)",
        ] {
            #expect(mail.body.contains(line), "\(line)")
        }
        // And the order's timeline lists every transition with its time and cause
        let timeline = try await harness.show(id).timeline
        #expect(timeline.map(\.status) == [.placed, .held, .released])
        #expect(timeline.map(\.cause) == [.placement, .paymentAuthorised, .holdEnded])
        #expect(timeline.map(\.at) == [ServiceFixtures.t0, ServiceFixtures.t(2), ServiceFixtures.t(480)])
    }

    @Test("A fact about an order never placed here is dead-lettered, not applied")
    func unknownOrderIsDeadLettered() async throws {
        let harness = try OrdersHarness()
        #expect {
            try harness.deliver(ServiceFixtures.authorised("ord_NOPE", at: ServiceFixtures.t(1)))
        } throws: { error in
            (error as? StreamFeed.NotApplied)?.errors == [OrdersHandlingError.unknownOrder("ord_NOPE").description]
        }
        #expect(try harness.published().isEmpty)
    }

    private static func permutations(of facts: [Fact]) -> [[Fact]] {
        guard facts.count > 1 else { return [facts] }
        return facts.indices.flatMap { index in
            var rest = facts
            let first = rest.remove(at: index)
            return permutations(of: rest).map { [first] + $0 }
        }
    }
}
