import Contracts
import Foundation
import ServiceKit
import Streams
import TestSupport
import Testing
import Tracking

/// R8, R10: the deadline timers on simulated time, fired in the same transaction as their infractions.
struct DeadlineServiceTests {
    @Test("R8, R10: a release arms fulfilment-deadline at +5 days and confirmation-deadline at +7 days")
    func releaseArmsTimers() throws {
        let harness = try TrackingHarness()
        try harness.release()
        let timers = try harness.pendingTimers()
        #expect(timers.map(\.id) == ["fulfilment-deadline:o-1", "confirmation-deadline:o-1"])
        #expect(timers.map(\.due) == [Fixtures.at(days: 5), Fixtures.at(days: 7)])
        try harness.deliver(Fixtures.released(), on: StreamNames.orders)
        #expect(try harness.pendingTimers().count == 2)
    }

    @Test("R8: not shipped by release + 5 days: late_fulfillment with the 50.00 USD penalty, not at 4d 23h 59m")
    func lateFulfilment() async throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.advance(to: Fixtures.at(days: 4, hours: 23, minutes: 59))
        #expect(try harness.publishedTypes().isEmpty)
        try harness.advance(to: Fixtures.at(days: 5))
        let infraction = try #require(try harness.published(InfractionRecorded.self).first)
        #expect(infraction.kind == .lateFulfillment && infraction.infractionID == "inf_o-1_late_fulfillment")
        #expect(infraction.penalty == Money(minorUnits: 50_00, currency: Fixtures.usd))
        #expect(infraction.at == Fixtures.at(days: 5) && infraction.deadline == Fixtures.at(days: 5))
        let list = try await harness.call("tracking.infractions", InfractionListRequest(), as: InfractionList.self)
        #expect(list.infractions == [infraction])
        let other = try await harness.call(
            "tracking.infractions", InfractionListRequest(merchantID: "m-2"), as: InfractionList.self)
        #expect(other.infractions.isEmpty)
    }

    @Test("R8: shipped at 4d 23h 59m disarms the deadline; no infraction at 5 days")
    func shippedJustInTime() throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.ship(at: Fixtures.at(days: 4, hours: 23, minutes: 59))
        #expect(try harness.pendingTimers().map(\.id).sorted() == ["confirmation-deadline:o-1", "stall:o-1"])
        try harness.advance(to: Fixtures.at(days: 6))
        #expect(try harness.published(InfractionRecorded.self).isEmpty)
    }

    @Test("R8: a shipment stamped at exactly 5 days, applied before the timer fires, is late all the same")
    func shippedAtTheDeadline() throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.advance(to: Fixtures.at(days: 4, hours: 23))
        try harness.deliver(Fixtures.shipped(at: Fixtures.at(days: 5)), on: TrackingHarness.partition)
        #expect(try harness.pendingTimers().contains { $0.id == "fulfilment-deadline:o-1" })
        try harness.advance(to: Fixtures.at(days: 5))
        #expect(try harness.published(InfractionRecorded.self).map(\.kind) == [.lateFulfillment])
    }

    @Test("R10: no first scan by release + 7 days: late_confirmed_fulfillment without penalty")
    func lateConfirmation() async throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.ship(at: Fixtures.at(days: 1))
        try harness.advance(to: Fixtures.at(days: 6, hours: 23, minutes: 59))
        #expect(try harness.published(InfractionRecorded.self).isEmpty)
        try harness.advance(to: Fixtures.at(days: 7))
        let infraction = try #require(try harness.published(InfractionRecorded.self).first)
        #expect(infraction.kind == .lateConfirmedFulfillment && infraction.penalty == nil)
        try await harness.scan(Fixtures.scan("s1"))
        let confirmed = try #require(try harness.published(ShipmentConfirmedFulfilled.self).first)
        #expect(!confirmed.isWithinDeadline && confirmed.isWithinEligibilityWindow)
        let view = try await harness.show()
        #expect(view.deadlines.map(\.outcome) == [.met, .missed, .met])
        #expect(view.infractions.map(\.kind) == [.lateConfirmedFulfillment])
    }

    @Test("R10: a first scan at 6d 23h 59m disarms the confirmation deadline")
    func scannedJustInTime() async throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.ship(at: Fixtures.at(days: 1))
        try harness.advance(to: Fixtures.at(days: 6, hours: 23, minutes: 59))
        try await harness.scan(Fixtures.scan("s1"))
        #expect(try harness.published(ShipmentConfirmedFulfilled.self).first?.isWithinDeadline == true)
        #expect(try harness.pendingTimers().map(\.id) == ["stall:o-1"])
        try harness.advance(to: Fixtures.at(days: 8))
        #expect(try harness.published(InfractionRecorded.self).isEmpty)
    }

    @Test("R8, R15: a refund or cancellation before the deadline disarms both deadlines")
    func refundDisarms() async throws {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.advance(to: Fixtures.at(days: 2))
        try harness.deliver(
            OrderRefunded(orderID: "o-1", cause: .dispatchExhausted, at: Fixtures.at(days: 2)), on: StreamNames.orders)
        #expect(try harness.pendingTimers().isEmpty)
        try harness.advance(to: Fixtures.at(days: 8))
        #expect(try harness.publishedTypes().isEmpty)
        let view = try await harness.show()
        #expect(view.status == .ended && view.deadlines.map(\.outcome) == [.void, .void, .void])
    }

    @Test("R8: the penalty and the day counts come from the settings")
    func settingsChangeDeadlines() throws {
        var settings = TrackingSettings()
        settings.fulfilmentDeadlineDays = 3
        settings.lateFulfillmentPenalty = Money(minorUnits: 20_00, currency: Fixtures.usd)
        let harness = try TrackingHarness(settings: settings)
        try harness.release()
        try harness.advance(to: Fixtures.at(days: 3))
        #expect(try harness.published(InfractionRecorded.self).first?.penalty?.minorUnits == 20_00)
    }
}
