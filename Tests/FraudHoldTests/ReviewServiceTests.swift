import Contracts
import Foundation
import FraudHold
import ServiceKit
import Streams
import TestSupport
import Testing

/// R4, R5: reviewers approve, reject and reopen through the RPCs; the facts they publish say when the order
/// is released.
struct ReviewServiceTests {
    /// A risky order (disposable email, Brazilian card to the US) placed at `t0`, under review from t0+1m.
    static func riskyOrder(_ harness: FraudHoldHarness, _ id: OrderID = "o-1", merchant: MerchantID = "m-1") throws {
        try harness.deliver(
            EventFixtures.placed(id, merchant: merchant, email: "ana@mailinator.com"), on: StreamNames.orders)
        let authorisedAt = max(harness.clock.now(), Fixtures.t0.addingTimeInterval(60))
        try harness.advance(to: authorisedAt)
        try harness.deliver(EventFixtures.authorised(id, country: "BR", at: authorisedAt), on: StreamNames.payments)
    }

    static func approve(_ harness: FraudHoldHarness, _ id: OrderID = "o-1") async throws -> FraudReviewApproved {
        try await harness.call(
            "fraud.approve", ApproveReviewRequest(orderID: id, reviewer: "rita"), as: FraudReviewApproved.self)
    }

    @Test("R4, R5: approval before 8 h returns the order to held; only the hold's end releases it")
    func approveInsideHold() async throws {
        let harness = try FraudHoldHarness()
        try Self.riskyOrder(harness)
        try harness.advance(to: Fixtures.hours(2))

        let approved = try await Self.approve(harness)
        #expect(!approved.releasesOrder && approved.round == 1 && approved.approvedAt == Fixtures.hours(2))
        let queue = try await harness.call("fraud.queue", ReviewQueueRequest(), as: ReviewQueueResult.self)
        #expect(queue.entries.isEmpty)

        try harness.advance(to: Fixtures.hours(8))
        let ended = try #require(try harness.published(FraudHoldEnded.self).first)
        #expect(ended.releasesOrder && !ended.reviewPending)
    }

    @Test("R4, R5: the hold ends with the review pending; approval after 8 h releases at once")
    func approveAfterHold() async throws {
        let harness = try FraudHoldHarness()
        try Self.riskyOrder(harness)
        try harness.advance(to: Fixtures.hours(8))
        let ended = try #require(try harness.published(FraudHoldEnded.self).first)
        #expect(!ended.releasesOrder && ended.reviewPending)

        try harness.advance(to: Fixtures.hours(11))
        let approved = try await Self.approve(harness)
        #expect(approved.releasesOrder && approved.approvedAt == Fixtures.hours(11))
        let view = try await harness.call("fraud.show", ShowHoldRequest(orderID: "o-1"), as: HoldView.self)
        #expect(view.status == .released)
        #expect(view.reviews.first?.decision == "approved" && view.reviews.first?.releasedOrder == true)
    }

    @Test("R4: rejection is final: timer cancelled, and approving afterwards is a conflict with the domain's sentence")
    func reject() async throws {
        let harness = try FraudHoldHarness()
        try Self.riskyOrder(harness)
        try harness.advance(to: Fixtures.hours(3))
        let rejected = try await harness.call(
            "fraud.reject", ReasonedReviewRequest(orderID: "o-1", reviewer: "rita", reason: "stolen card"),
            as: FraudReviewRejected.self)
        #expect(rejected.reason == "stolen card" && rejected.merchantID == "m-1")
        #expect(try harness.pendingTimers().isEmpty)

        let refusal = try await harness.refusal("fraud.approve", json: #"{"orderID":"o-1","reviewer":"sam"}"#)
        #expect(
            refusal
                == RPCFailure(
                    code: "conflict", message: "Cannot approve order o-1 while it is rejected.", field: "orderID"))
        try harness.advance(to: Fixtures.hours(9))
        #expect(
            try harness.publishedTypes() == ["fraud.hold_started", "fraud.review_opened", "fraud.review_rejected"])
    }

    @Test("R4: an approved order not yet released can be reopened, with the reviewer's reason first")
    func reopenAfterApproval() async throws {
        let harness = try FraudHoldHarness()
        try Self.riskyOrder(harness)
        try harness.advance(to: Fixtures.hours(1))
        _ = try await Self.approve(harness)
        try harness.advance(to: Fixtures.hours(2))

        let reopened = try await harness.call(
            "fraud.reopen", ReasonedReviewRequest(orderID: "o-1", reviewer: "sam", reason: "chargeback on this card"),
            as: FraudReviewOpened.self)
        #expect(reopened.round == 2)
        #expect(reopened.reasons.map(\.ruleID) == ["manual", "country_mismatch", "disposable_email"])
        #expect(reopened.reasons.first?.explanation == "Reopened by sam: chargeback on this card")
        let queue = try await harness.call("fraud.queue", ReviewQueueRequest(), as: ReviewQueueResult.self)
        #expect(queue.entries.map(\.round) == [2])

        try harness.advance(to: Fixtures.hours(8))
        #expect(try harness.published(FraudHoldEnded.self).first?.reviewPending == true)
        #expect(try await Self.approve(harness).releasesOrder)
        let refusal = try await harness.refusal(
            "fraud.reopen", json: #"{"orderID":"o-1","reviewer":"sam","reason":"again"}"#)
        #expect(refusal.message == "Cannot reopen the review of order o-1 while it is released.")
    }

    @Test("R4: a repeated decision returns its first fact and publishes nothing more")
    func repeatedApproval() async throws {
        let harness = try FraudHoldHarness()
        try Self.riskyOrder(harness)
        let first = try await Self.approve(harness)
        try harness.advance(to: Fixtures.hours(1))
        #expect(try await Self.approve(harness) == first)
        #expect(try harness.published(FraudReviewApproved.self).count == 1)
    }

    @Test("R4: the queue lists open cases by opened-at with their reasons, per merchant on request")
    func queuePerMerchant() async throws {
        let harness = try FraudHoldHarness()
        for (index, merchant) in ["m-1", "m-2", "m-1"].enumerated() {
            try harness.advance(to: Fixtures.t0.addingTimeInterval(Double(index + 1) * 600))
            try Self.riskyOrder(harness, OrderID(rawValue: "o-\(index + 1)"), merchant: MerchantID(rawValue: merchant))
        }

        let all = try await harness.call("fraud.queue", ReviewQueueRequest(), as: ReviewQueueResult.self)
        #expect(all.entries.map(\.orderID) == ["o-1", "o-2", "o-3"])
        #expect(all.entries.allSatisfy { $0.reasons.contains { $0.ruleID == "disposable_email" } })
        #expect(all.entries.allSatisfy { $0.holdEnds == Fixtures.hours(8) })
        let mine = try await harness.call(
            "fraud.queue", ReviewQueueRequest(merchantID: "m-1"), as: ReviewQueueResult.self)
        #expect(mine.entries.map(\.orderID) == ["o-1", "o-3"])

        try harness.deliver(EventFixtures.cancelled("o-3", at: Fixtures.hours(1)), on: StreamNames.orders)
        let afterCancel = try await harness.call(
            "fraud.queue", ReviewQueueRequest(merchantID: "m-1"), as: ReviewQueueResult.self)
        #expect(afterCancel.entries.map(\.orderID) == ["o-1"])
    }
}
