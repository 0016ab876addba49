import Contracts
import Foundation
import FraudHold
import GRDB
import Streams
import TestSupport
import Testing

/// R4: the service assesses each authorised order against the profiles built from earlier orders and
/// declines, and opens a review, with its explained reasons, for a risky one.
struct RiskServiceTests {
    /// Places `id` at `placed` and authorises it a minute later, on `card`.
    static func order(
        _ harness: FraudHoldHarness, _ id: OrderID, email: String = "ana@example.com", address: Address = Fixtures.home,
        card: String = "fp_card", country: String = "US", placed: Date = Fixtures.t0
    ) throws {
        try harness.deliver(
            EventFixtures.placed(id, email: email, address: address, at: placed), on: StreamNames.orders)
        let authorisedAt = placed.addingTimeInterval(60)
        try harness.advance(to: authorisedAt)
        try harness.deliver(
            EventFixtures.authorised(id, card: card, country: country, at: authorisedAt), on: StreamNames.payments)
    }

    @Test("R4: disposable email and card/shipping country mismatch open a review with both reasons explained")
    func disposableEmailAndCountryMismatch() throws {
        let harness = try FraudHoldHarness()
        try Self.order(harness, "o-1", email: "ana@mailinator.com", country: "BR")

        #expect(try harness.publishedTypes() == ["fraud.hold_started", "fraud.review_opened"])
        let opened = try #require(try harness.published(FraudReviewOpened.self).first)
        #expect(opened.orderID == "o-1" && opened.merchantID == "m-1" && opened.round == 1)
        #expect(opened.reasons.map(\.ruleID) == ["country_mismatch", "disposable_email"])
        #expect(
            opened.reasons.map(\.explanation) == [
                "Card issued in Brazil (BR) but shipping to United States (US)",
                "Email domain mailinator.com is a disposable email provider",
            ])
        let started = try #require(try harness.published(FraudHoldStarted.self).first)
        #expect(started.assessment.score == 50 && started.assessment.reasons == opened.reasons)
    }

    @Test("R4: three orders within an hour from one card (velocity_1h) put the third under review")
    func cardVelocity() throws {
        let harness = try FraudHoldHarness()
        for index in 1...3 {
            try Self.order(
                harness, OrderID(rawValue: "o-\(index)"), email: "buyer\(index)@example.com",
                address: EventFixtures.address(index), placed: Fixtures.hours(Double(index - 1) / 6))
        }

        let opened = try harness.published(FraudReviewOpened.self)
        #expect(opened.map(\.orderID) == ["o-3"])
        #expect(opened.first?.reasons.map(\.ruleID) == ["velocity_1h"])
        #expect(opened.first?.reasons.first?.explanation == "3 orders from this card in the last hour (limit 3)")
        let recorded = try harness.store.read { db in
            try String.fetchAll(
                db, sql: "SELECT orderID FROM riskProfileOrder WHERE kind = 'card' AND value = 'fp_card' ORDER BY 1")
        }
        #expect(recorded == ["o-1", "o-2", "o-3"])
    }

    @Test("R4: declines count across orders per card and customer, each order once (failed_payments)")
    func declinesAcrossOrders() throws {
        let harness = try FraudHoldHarness()
        // Two declined orders, the first decline delivered twice, and one decline before its order.placed
        for (index, id) in ["d-1", "d-2"].enumerated() {
            try harness.deliver(EventFixtures.placed(OrderID(rawValue: id)), on: StreamNames.orders)
            try harness.deliver(
                EventFixtures.declined(OrderID(rawValue: id), at: Fixtures.hours(0.1 * Double(index + 1))),
                on: StreamNames.payments)
        }
        try harness.deliver(EventFixtures.declined("d-1", at: Fixtures.hours(0.1)), on: StreamNames.payments)
        try Self.order(harness, "o-1", placed: Fixtures.hours(1))
        #expect(try harness.published(FraudReviewOpened.self).isEmpty)

        try harness.deliver(EventFixtures.declined("d-3", at: Fixtures.hours(1.5)), on: StreamNames.payments)
        try harness.deliver(EventFixtures.placed("d-3", at: Fixtures.hours(1.4)), on: StreamNames.orders)
        try Self.order(harness, "o-2", placed: Fixtures.hours(2))

        let opened = try harness.published(FraudReviewOpened.self)
        #expect(opened.map(\.orderID) == ["o-2"])
        #expect(
            opened.first?.reasons.map(\.explanation) == [
                "3 declined payments from this customer and 3 declined payments from this card in the last 24 hours "
                    + "(limit 3)"
            ])
    }

    @Test("R4: an order scoring under the policy's review_threshold is held without review")
    func reviewThresholdSetting() throws {
        let settings = try SettingsTests.settings(["review_threshold": "75"])
        let harness = try FraudHoldHarness(settings: settings)
        try Self.order(harness, "o-1", email: "ana@mailinator.com", country: "BR")

        #expect(try harness.publishedTypes() == ["fraud.hold_started"])
        let assessment = try #require(try harness.published(FraudHoldStarted.self).first?.assessment)
        #expect(assessment.score == 50 && assessment.reviewThreshold == 75)
    }
}
