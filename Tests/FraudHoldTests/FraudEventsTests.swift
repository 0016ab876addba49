import Contracts
import Foundation
import FraudHold
import Testing

/// R4: the fraud facts carry their type names and survive the bus's JSON encoding.
struct FraudEventsTests {
    @Test("R4: event type names")
    func eventTypes() {
        #expect(FraudHoldStarted.eventType == "fraud.hold_started")
        #expect(FraudHoldEnded.eventType == "fraud.hold_ended")
        #expect(FraudReviewOpened.eventType == "fraud.review_opened")
        #expect(FraudReviewApproved.eventType == "fraud.review_approved")
        #expect(FraudReviewRejected.eventType == "fraud.review_rejected")
    }

    @Test("R4: from assessment to facts: the hold starts, the risky order opens a review, all round-trip")
    func assessedOrderFacts() throws {
        // Given an order on a Brazilian card to a disposable address
        let order = Fixtures.order(email: "ana@yopmail.com", cardCountry: "BR")
        let profiles = [Fixtures.profile(.customer, orders: [(Fixtures.usd(60_00), Fixtures.hours(-48))])]
        let assessment = RiskRules().assess(order, profiles: profiles, at: Fixtures.hours(0.1))
        // When the hold starts and the assessment asks for review
        var start = FraudHold.start(
            orderID: order.orderID, merchantID: order.merchantID, placedAt: order.placedAt, assessment: assessment,
            at: Fixtures.hours(0.1))
        #expect(assessment.needsReview)
        let opened = try start.hold.open(reasons: assessment.reasons, at: Fixtures.hours(0.1))
        let rejected = try start.hold.reject(by: "rita", reason: "card testing", at: Fixtures.hours(1))
        let ended = try start.hold.holdEnded(at: Fixtures.hours(8))
        // Then every fact survives the bus encoding, reasons included
        #expect(try roundTrip(start.started) == start.started)
        #expect(try roundTrip(opened) == opened)
        #expect(try roundTrip(rejected) == rejected)
        #expect(try roundTrip(ended) == ended)
        #expect(opened.reasons.count == 2)
        #expect(start.hold.assessment.reasons == opened.reasons)
    }

    private func roundTrip<E: EventPayload & Equatable>(_ event: E) throws -> E {
        try DomainTime.makeDecoder().decode(E.self, from: DomainTime.makeEncoder().encode(event))
    }
}
