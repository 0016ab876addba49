import Contracts
import Foundation
import Payments
import Testing

/// R3, R5, R15: the payment facts carry their type names and survive the bus's JSON encoding.
struct PaymentEventsTests {
    @Test("R3: event type names")
    func eventTypes() {
        #expect(PaymentAuthorised.eventType == "payment.authorised")
        #expect(PaymentDeclined.eventType == "payment.declined")
        #expect(PaymentVoided.eventType == "payment.voided")
        #expect(PaymentCaptured.eventType == "payment.captured")
        #expect(PaymentRefunded.eventType == "payment.refunded")
    }

    @Test("R3: facts round-trip through the bus encoder, decline code as snake_case")
    func roundTrip() throws {
        var gateway = TestGateway()
        var approved = try Fixtures.authorisation(token: "tok_visa_br")
        var declined = try Fixtures.authorisation(order: "o-2", token: "tok_insufficient_funds")
        guard case .authorised(let authorised) = approved.authorise(using: &gateway, at: Fixtures.t0),
            case .declined(let decline) = declined.authorise(using: &gateway, at: Fixtures.t0)
        else { Issue.record("unexpected gateway outcome"); return }
        let captured = try approved.capture(Fixtures.usd(100_00), using: &gateway, at: Fixtures.minutes(480))
        let refunded = try approved.refund(using: &gateway, at: Fixtures.minutes(600))

        #expect(try roundTrip(authorised) == authorised)
        #expect(try roundTrip(decline) == decline)
        #expect(try roundTrip(captured) == captured)
        #expect(try roundTrip(refunded) == refunded)
        let refundJSON = String(decoding: try DomainTime.makeEncoder().encode(refunded), as: UTF8.self)
        #expect(refundJSON.contains(#""refundedAt":"2026-11-21T22:00:00.000Z""#))
        let json = String(decoding: try DomainTime.makeEncoder().encode(decline), as: UTF8.self)
        #expect(json.contains(#""reason":"insufficient_funds""#))
        #expect(json.contains(#""declinedAt":"2026-11-21T12:00:00.000Z""#))
    }

    private func roundTrip<E: EventPayload & Equatable>(_ event: E) throws -> E {
        try DomainTime.makeDecoder().decode(E.self, from: DomainTime.makeEncoder().encode(event))
    }
}
