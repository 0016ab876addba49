import Contracts
import Foundation
import Orders
import Streams
import TestSupport
import Testing

/// R3, R4 through the service's handlers: declines, reviews and their notices.
@Suite(.timeLimit(.minutes(1)))
struct ReviewServiceTests {
    @Test("R3: a declined payment ends the order as declined and tells the customer, once")
    func declineNotifiesTheCustomer() async throws {
        // Given a placed order
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID

        // When Payments declines it, twice (a redelivery)
        try harness.deliver(ServiceFixtures.declined(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.declined(id, at: ServiceFixtures.t(1)))

        // Then it is declined, order.declined asks for the stock back, and the customer got one notice
        #expect(try await harness.show(id).status == .declined)
        #expect(try harness.publishedTypes(of: id) == ["order.placed", "order.declined"])
        let declined = try #require(try harness.published().last)
        let envelope = try DomainTime.makeDecoder().decode(Envelope<OrderDeclined>.self, from: declined.body)
        #expect(envelope.data.reason == "insufficient_funds" && envelope.data.followUps.contains(.returnStock))
        let notice = try #require(try harness.queuedMails().last)
        #expect(notice.id == "orders.\(id).decline")
        #expect(try harness.queuedMails().count == 2)
        #expect(notice.body.contains("was declined (insufficient funds)"))

        // And later facts about the ended order change nothing
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        #expect(try harness.publishedTypes(of: id) == ["order.placed", "order.declined"])
    }

    @Test("R4: an opened review tells the merchant; approval releases the order at the hold's end")
    func reviewThenApprovalReleasesAtHoldEnd() async throws {
        // Given an authorised order
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))

        // When the risk rules flag it (delivered twice)
        try harness.deliver(ServiceFixtures.reviewOpened(id, at: ServiceFixtures.t(2)))
        try harness.deliver(ServiceFixtures.reviewOpened(id, at: ServiceFixtures.t(2)))

        // Then it is under review and the merchant got one "Orders Under Review" notice with the reason
        #expect(try await harness.show(id).status == .underReview)
        let notices = try harness.queuedMails().filter { $0.id.contains("under-review") }
        #expect(notices.map(\.id) == ["orders.\(id).under-review.1"])
        #expect(notices[0].header("Subject") == "Orders Under Review: order \(id)")
        #expect(notices[0].body.contains("4 orders from this card in the last hour (limit 3)"))

        // When a reviewer approves before the hold ends, then the order waits for the hold
        try harness.deliver(ServiceFixtures.reviewApproved(id, at: ServiceFixtures.t(30)))
        #expect(try await harness.show(id).status == .held)
        #expect(try harness.count("unfulfilledOrder") == 0)

        // When the hold ends, then it is released
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        let detail = try await harness.show(id)
        #expect(detail.status == .released && detail.releasedAt == ServiceFixtures.t(480))
        #expect(
            try harness.publishedTypes(of: id) == [
                "order.placed", "order.held", "order.under_review", "order.held", "order.released",
            ])
    }

    @Test("R4: a second review round tells the merchant again")
    func reopenedReviewNotifiesAgain() async throws {
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.reviewOpened(id, round: 1, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.reviewApproved(id, round: 1, at: ServiceFixtures.t(2)))
        try harness.deliver(ServiceFixtures.reviewOpened(id, round: 2, at: ServiceFixtures.t(3)))
        let notices = try harness.queuedMails().map(\.id).filter { $0.contains("under-review") }
        #expect(notices == ["orders.\(id).under-review.1", "orders.\(id).under-review.2"])
    }

    @Test("R4: a rejected review cancels the order and tells the customer, once")
    func rejectionCancels() async throws {
        // Given an authorised order under review
        let harness = try OrdersHarness()
        let id = try await harness.place().orderID
        try harness.deliver(ServiceFixtures.authorised(id, at: ServiceFixtures.t(1)))
        try harness.deliver(ServiceFixtures.reviewOpened(id, at: ServiceFixtures.t(2)))

        // When the reviewer rejects it (delivered twice)
        try harness.deliver(ServiceFixtures.reviewRejected(id, at: ServiceFixtures.t(60)))
        try harness.deliver(ServiceFixtures.reviewRejected(id, at: ServiceFixtures.t(60)))

        // Then it is cancelled, order.cancelled asks for the payment voided and the stock back
        let detail = try await harness.show(id)
        #expect(detail.status == .cancelled && detail.timeline.last?.cause == .reviewRejected)
        let cancelled = try #require(try harness.published().last)
        let envelope = try DomainTime.makeDecoder().decode(Envelope<OrderCancelled>.self, from: cancelled.body)
        #expect(envelope.data.cause == .reviewRejected)
        #expect(envelope.data.followUps == [.returnStock, .voidOrRefundPayment, .notifyCustomer])
        let notices = try harness.queuedMails().filter { $0.id == "orders.\(id).cancellation" }
        #expect(notices.count == 1 && notices[0].body.contains("we could not accept it"))

        // And the hold's end later releases nothing
        try harness.deliver(ServiceFixtures.holdEnded(id, at: ServiceFixtures.t(480)))
        #expect(try harness.count("unfulfilledOrder") == 0)
    }
}
