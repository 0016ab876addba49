import Contracts
import Foundation
import Orders

/// Orders in each state the store holds, brought there by the domain's own inputs, for the store's tests. Times
/// are whole milliseconds, the store's precision, so that what is stored reads back equal.
enum StoreFixtures {
    /// An address with none of the optional fields.
    static let bare = Address(name: "Ana Souza", line1: "Rua Augusta 1500", city: "São Paulo", country: "BR")
    /// An address with every field, quotes and non-ASCII letters included.
    static let full = Address(
        name: "Zoë O'Neil", line1: "1 Main St", line2: "Apt \"4\", rear", city: "Springfield", region: "IL",
        postalCode: "62701", country: "US", phone: "+1 555 0100")

    /// `minutes` after `ServiceFixtures.t0`, plus `milliseconds`, as a stored time reads back.
    static func t(_ minutes: Int, _ milliseconds: Int = 0) -> Date {
        DomainTime.rounded(ServiceFixtures.t(minutes).addingTimeInterval(Double(milliseconds) / 1000))
    }

    /// An order of `ServiceFixtures`' listing, placed at `t0`.
    static func placed(_ id: OrderID, address: Address = bare, quantity: Int = 2) throws -> Order {
        try Order.place(
            id: id, merchantID: ServiceFixtures.merchantID, listingID: ServiceFixtures.listingID,
            sku: ServiceFixtures.skus[0], quantity: quantity,
            unitPrice: Money(minorUnits: 1999, currency: ServiceFixtures.euro), customerName: address.name,
            customerEmail: "\(id.rawValue)@example.com", shippingAddress: address, paymentToken: "tok_visa_4242",
            at: ServiceFixtures.t0
        ).order
    }

    /// One order per state, each with its Unfulfilled Orders entry if it was released.
    static func orders() throws -> [(order: Order, unfulfilled: UnfulfilledOrder?)] {
        var unfulfilled: [OrderID: UnfulfilledOrder] = [:]
        func keep(_ events: [OrderEvent]) {
            for case .released(let released) in events { unfulfilled[released.orderID] = released.unfulfilled }
        }
        let waiting = try placed("ord_placed")

        var held = try placed("ord_held", address: full, quantity: 1)
        _ = held.paymentAuthorised(at: t(1))
        held.holdStarted(until: t(480, 456))

        var underReview = try placed("ord_review")
        _ = underReview.paymentAuthorised(at: t(1))
        underReview.holdStarted(until: t(480))
        _ = try underReview.reviewOpened(OrderFixture.review(["velocity_1h", "manual"]), at: t(2, 123))

        var awaitingPayment = try placed("ord_awaiting", address: full)
        _ = try awaitingPayment.reviewOpened(OrderFixture.review(["country_mismatch"]), at: t(1))
        _ = try awaitingPayment.reviewApproved(at: t(5))

        var released = try placed("ord_released")
        _ = released.paymentAuthorised(at: t(1))
        released.holdStarted(until: t(480))
        keep(released.holdEnded(at: t(480)))

        var reviewedRelease = try placed("ord_reviewed", address: full, quantity: 3)
        _ = reviewedRelease.paymentAuthorised(at: t(1))
        _ = try reviewedRelease.reviewOpened(OrderFixture.review(["a,b", "", "ü \"quoted\""]), at: t(2))
        _ = reviewedRelease.holdEnded(at: t(481))
        keep(try reviewedRelease.reviewApproved(at: t(490, 7)))

        var dispatched = try placed("ord_dispatched")
        _ = dispatched.paymentAuthorised(at: t(1))
        keep(dispatched.holdEnded(at: t(482)))
        _ = try dispatched.purchaseOrderSent("po_1", attempt: 1, supplierID: "sup_1", at: t(483))

        var cancelled = try placed("ord_cancelled")
        _ = cancelled.paymentAuthorised(at: t(1))
        _ = try cancelled.cancelByCustomer(at: t(3))

        var declined = try placed("ord_declined")
        _ = try declined.paymentDeclined(reason: "insufficient_funds", at: t(1))

        return [
            waiting, held, underReview, awaitingPayment, released, reviewedRelease, dispatched, cancelled, declined,
        ]
        .map { ($0, unfulfilled[$0.id]) }
    }
}
