import Contracts
import Foundation
import Orders
import Testing

/// R1, R2: placement creates the order with its stock reserved; the domain's values encode as the bus expects.
struct OrderPlacementTests {
    @Test func placementCreatesAPlacedOrderWithStockReserved() throws {
        // Given a validated request for 3 units at 19.99 EUR
        // When the order is placed
        let (order, events) = try OrderFixture.place(quantity: 3)

        // Then it waits for payment and the hold, with stock reserved and a total in minor units
        #expect(order.status == .placed)
        #expect(order.conditions.stockReserved)
        #expect(order.conditions.unmet == [.paymentAuthorised, .holdOver])
        #expect(order.total == Money(minorUnits: 5997, currency: OrderFixture.euro))
        #expect(order.timeline == [TimelineEntry(at: OrderFixture.t0, status: .placed, cause: .placement)])
        let placed = try #require(events.only?.placedEvent)
        #expect(placed.orderID == "ord_1" && placed.sku == "TEE-M" && placed.quantity == 3)
        #expect(
            placed.total == order.total && placed.customerEmail == "ana@example.com" && placed.at == OrderFixture.t0)
        #expect(placed.paymentToken == "tok_visa_4242")
    }

    @Test(arguments: [0, -2])
    func placementRefusesAQuantityBelowOne(quantity: Int) {
        // Given a quantity below one, when placed, then the order is refused with a sentence naming the values
        #expect(throws: OrderError.invalidQuantity("ord_1", quantity)) { try OrderFixture.place(quantity: quantity) }
        #expect(
            OrderError.invalidQuantity("ord_1", quantity).description
                == "Order ord_1 cannot be placed for \(quantity) units; the quantity must be at least 1.")
    }

    @Test func statusesEncodeAsSnakeCaseNames() throws {
        // Given every status, when encoded, then the JSON names are the ones docs/architecture.md lists
        let names = OrderStatus.allCases.map(\.rawValue)
        #expect(
            names == [
                "placed", "under_review", "held", "released", "declined", "cancelled", "dispatched",
                "dispatch_exhausted", "shipped", "confirmed_fulfilled", "delivered", "eligible", "paid", "refunded",
                "returned", "reshipped",
            ])
        let json = try DomainTime.makeEncoder().encode([OrderStatus.underReview, .confirmedFulfilled])
        #expect(String(decoding: json, as: UTF8.self) == #"["under_review","confirmed_fulfilled"]"#)
    }

    @Test func anOrderAndItsEventsRoundTripThroughJSON() throws {
        // Given a released order and the facts of its life
        var (order, events) = try OrderFixture.place()
        events += try order.reviewOpened(OrderFixture.review(["velocity_per_card"]), at: OrderFixture.t(1))
        events += order.paymentAuthorised(at: OrderFixture.t(2))
        events += order.holdEnded(at: OrderFixture.t(480))
        events += try order.reviewApproved(at: OrderFixture.t(500))

        // When the order is encoded and decoded, then nothing is lost
        let data = try DomainTime.makeEncoder().encode(order)
        #expect(try DomainTime.makeDecoder().decode(Order.self, from: data) == order)

        // And every event has its type name and encodes its payload with the order id
        #expect(events.map(\.eventType) == ["order.placed", "order.under_review", "order.released"])
        for event in events {
            let body = String(decoding: try DomainTime.makeEncoder().encode(event.payload), as: UTF8.self)
            #expect(body.contains(#""orderID":"ord_1""#))
        }
    }
}
