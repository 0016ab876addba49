import Contracts
import Foundation
import FraudHold
import GRDB
import ServiceKit
import Streams
import TestSupport
import Testing

/// R4, R5: the service holds every authorised order from placement and ends the hold with its durable timer,
/// whichever stream brings the order's facts first.
struct HoldServiceTests {
    /// A clean order placed at `t0` and authorised ten minutes later.
    static func heldCleanOrder(_ harness: FraudHoldHarness, id: OrderID = "o-1") throws {
        try harness.deliver(EventFixtures.placed(id), on: StreamNames.orders)
        try harness.advance(to: Fixtures.hours(1.0 / 6))
        try harness.deliver(EventFixtures.authorised(id, at: Fixtures.hours(1.0 / 6)), on: StreamNames.payments)
    }

    @Test("R4, R5: a clean order is held with no review; the timer at placement + 8 h releases it, not at 7h59m")
    func cleanOrderReleasedAtHoldEnd() async throws {
        let harness = try FraudHoldHarness()
        try Self.heldCleanOrder(harness)

        let started = try #require(try harness.published(FraudHoldStarted.self).first)
        #expect(try harness.publishedTypes() == ["fraud.hold_started"])
        #expect(started.holdEnds == Fixtures.hours(8))
        #expect(started.placedAt == Fixtures.t0)
        #expect(started.assessment.score == 0 && !started.assessment.needsReview)
        #expect(try harness.pendingTimers().map(\.due) == [Fixtures.hours(8)])

        try harness.advance(to: Fixtures.hours(8).addingTimeInterval(-60))
        #expect(try harness.publishedTypes() == ["fraud.hold_started"])

        try harness.advance(to: Fixtures.hours(8))
        let ended = try #require(try harness.published(FraudHoldEnded.self).first)
        #expect(ended.releasesOrder && !ended.reviewPending)
        #expect(ended.endedAt == Fixtures.hours(8))
        #expect(try harness.pendingTimers().isEmpty)
        let view = try await harness.call("fraud.show", ShowHoldRequest(orderID: "o-1"), as: HoldView.self)
        #expect(view.status == .released)
        #expect(view.holdEndedAt == Fixtures.hours(8))
    }

    @Test("R4: an authorisation that comes after the 8 hours (retries) ends the hold at once")
    func lateAuthorisationEndsAtOnce() throws {
        let harness = try FraudHoldHarness()
        try harness.deliver(EventFixtures.placed("o-1"), on: StreamNames.orders)
        try harness.advance(to: Fixtures.hours(9))
        try harness.deliver(EventFixtures.authorised("o-1", at: Fixtures.hours(9)), on: StreamNames.payments)

        #expect(try harness.publishedTypes() == ["fraud.hold_started", "fraud.hold_ended"])
        let ended = try #require(try harness.published(FraudHoldEnded.self).first)
        #expect(ended.releasesOrder && ended.endedAt == Fixtures.hours(9))
        #expect(try harness.pendingTimers().isEmpty)
    }

    @Test("R4: payment.authorised before its order.placed (independent streams) waits for the order's facts")
    func authorisationBeforePlacement() throws {
        let harness = try FraudHoldHarness()
        try harness.advance(to: Fixtures.hours(0.5))
        try harness.deliver(EventFixtures.authorised("o-1", at: Fixtures.hours(0.5)), on: StreamNames.payments)
        #expect(try harness.publishedTypes().isEmpty)
        #expect(try harness.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM pendingPayment") } == 1)

        try harness.deliver(EventFixtures.placed("o-1"), on: StreamNames.orders)
        #expect(try harness.publishedTypes() == ["fraud.hold_started"])
        #expect(try harness.published(FraudHoldStarted.self).first?.holdEnds == Fixtures.hours(8))
        #expect(try harness.store.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM pendingPayment") } == 0)
    }

    @Test("R4, R15: cancellation closes the hold: timer cancelled, no hold_ended, no further review input")
    func cancellationClosesHold() async throws {
        let harness = try FraudHoldHarness()
        try Self.heldCleanOrder(harness)
        try harness.advance(to: Fixtures.hours(2))
        try harness.deliver(EventFixtures.cancelled("o-1", at: Fixtures.hours(2)), on: StreamNames.orders)

        #expect(try harness.pendingTimers().isEmpty)
        try harness.advance(to: Fixtures.hours(9))
        #expect(try harness.publishedTypes() == ["fraud.hold_started"])
        let view = try await harness.call("fraud.show", ShowHoldRequest(orderID: "o-1"), as: HoldView.self)
        #expect(view.status == .closed && view.closedAt == Fixtures.hours(2))
        let refusal = try await harness.refusal("fraud.approve", json: #"{"orderID":"o-1","reviewer":"rita"}"#)
        #expect(refusal.code == "conflict" && refusal.field == "orderID")
    }

    @Test("R4: an order cancelled or declined before its authorisation never gets a hold")
    func closedBeforeAuthorisation() async throws {
        let harness = try FraudHoldHarness()
        try harness.deliver(EventFixtures.placed("o-1"), on: StreamNames.orders)
        try harness.deliver(EventFixtures.cancelled("o-1", at: Fixtures.hours(0.1)), on: StreamNames.orders)
        try harness.deliver(EventFixtures.authorised("o-1", at: Fixtures.hours(0.2)), on: StreamNames.payments)
        try harness.deliver(EventFixtures.placed("o-2"), on: StreamNames.orders)
        try harness.deliver(
            OrderDeclined(orderID: "o-2", reason: "card_declined", at: Fixtures.hours(0.1)), on: StreamNames.orders)

        #expect(try harness.publishedTypes().isEmpty)
        #expect(try harness.pendingTimers().isEmpty)
        let refusal = try await harness.refusal("fraud.show", json: #"{"orderID":"o-1"}"#)
        #expect(refusal.code == "not_found" && refusal.field == "orderID")
    }

    @Test("R4: the policy's hold_hours sets the timer")
    func policyHoldHours() throws {
        let harness = try FraudHoldHarness(settings: try SettingsTests.settings(["hold_hours": "4"]))
        try Self.heldCleanOrder(harness)
        #expect(try harness.pendingTimers().map(\.due) == [Fixtures.hours(4)])
        try harness.advance(to: Fixtures.hours(4))
        #expect(try harness.published(FraudHoldEnded.self).first?.releasesOrder == true)
    }
}
