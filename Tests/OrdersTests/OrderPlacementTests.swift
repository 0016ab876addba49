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
        // Given every status, when encoded, then the JSON names are the ones ARCHITECTURE lists
        let names = OrderStatus.allCases.map(\.rawValue)
        #expect(
            names == [
                "placed", "under_review", "held", "released", "declined", "cancelled", "dispatched", "shipped",
                "confirmed_fulfilled", "delivered", "eligible", "paid", "refunded", "returned", "reshipped",
            ])
        let json = try DomainTime.makeEncoder().encode([OrderStatus.underReview, .confirmedFulfilled])
        #expect(String(decoding: json, as: UTF8.self) == #"["under_review","confirmed_fulfilled"]"#)
    }

    @Test func anOrderAndItsEventsRoundTripThroughJSON() throws {
        // Given a released order and the facts of its life
        var (order, events) = try OrderFixture.place()
        events += try order.reviewOpened(reasons: ["velocity_per_card"], at: OrderFixture.t(1))
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

/// Builds orders and applies inputs for the order tests.
enum OrderFixture {
    static let euro = CurrencyCode("EUR")!
    static let t0 = Date(timeIntervalSince1970: 1_795_000_000)
    static let address = Address(
        name: "Ana Souza", line1: "Rua Augusta 1500", city: "São Paulo", region: "SP", postalCode: "01304-001",
        country: "BR")

    /// `minutes` after placement.
    static func t(_ minutes: Int) -> Date { t0.addingTimeInterval(Double(minutes) * 60) }

    static func place(quantity: Int = 2) throws(OrderError) -> (order: Order, events: [OrderEvent]) {
        try Order.place(
            id: "ord_1", merchantID: "mer_1", listingID: "lst_1", sku: "TEE-M", quantity: quantity,
            unitPrice: Money(minorUnits: 1999, currency: euro), customerName: "Ana Souza",
            customerEmail: "ana@example.com", shippingAddress: address, at: t0)
    }

    /// A placed order after `inputs`, applied one minute apart from minute 1.
    static func order(after inputs: [OrderInput]) throws -> Order {
        var order = try place().order
        for (index, input) in inputs.enumerated() {
            _ = try input.apply(to: &order, at: t(index + 1))
        }
        return order
    }
}

/// Every input an order accepts, so that tables can list sequences of them.
enum OrderInput: String, CaseIterable, Sendable {
    case authorise, decline, holdStart, holdEnd, reviewOpen, reviewApprove, reviewReject, cancel

    /// Applies the input at domain time `at`; the hold is set to end 8 hours after placement.
    func apply(to order: inout Order, at: Date) throws(OrderError) -> [OrderEvent] {
        switch self {
        case .authorise: return order.paymentAuthorised(at: at)
        case .decline: return try order.paymentDeclined(reason: "insufficient_funds", at: at)
        case .holdStart:
            order.holdStarted(until: order.placedAt.addingTimeInterval(8 * 3600))
            return []
        case .holdEnd: return order.holdEnded(at: at)
        case .reviewOpen: return try order.reviewOpened(reasons: ["address_country_mismatch"], at: at)
        case .reviewApprove: return try order.reviewApproved(at: at)
        case .reviewReject: return try order.reviewRejected(at: at)
        case .cancel: return try order.cancelByCustomer(at: at)
        }
    }
}

extension Array {
    /// The single element, or nil if there are none or several.
    var only: Element? { count == 1 ? first : nil }
}

extension OrderEvent {
    var placedEvent: OrderPlaced? { if case .placed(let event) = self { event } else { nil } }
    var heldEvent: OrderHeld? { if case .held(let event) = self { event } else { nil } }
    var releasedEvent: OrderReleased? { if case .released(let event) = self { event } else { nil } }
    var declinedEvent: OrderDeclined? { if case .declined(let event) = self { event } else { nil } }
    var cancelledEvent: OrderCancelled? { if case .cancelled(let event) = self { event } else { nil } }
}
