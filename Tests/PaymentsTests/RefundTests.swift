import Contracts
import Foundation
import Payments
import Testing

/// R6, R15: a captured payment is refunded in full after release; a refund is legal only from `captured`, and a
/// repeated one returns the first fact without calling the gateway.
struct RefundTests {
    @Test(
        "R15: refund is legal from captured, repeats from refunded, and is refused elsewhere",
        arguments: [
            (AuthorisationState.pending, AuthorisationState?.none),
            (.authorised, nil),
            (.declined, nil),
            (.voided, nil),
            (.captured, .refunded),
            (.refunded, .refunded),
        ])
    func refundLegality(from state: AuthorisationState, to expected: AuthorisationState?) throws {
        var (authorisation, gateway) = try VoidCaptureTests.authorisation(in: state)
        guard expected != nil else {
            #expect(throws: PaymentError.invalidTransition(orderID: "o-1", from: state, to: .refunded)) {
                try authorisation.refund(using: &gateway, at: Fixtures.minutes(5))
            }
            #expect(authorisation.state == state)
            #expect(authorisation.refundedAt == nil)
            #expect(gateway.calls.isEmpty)
            return
        }
        let fact = try authorisation.refund(using: &gateway, at: Fixtures.minutes(5))
        let refundedAt = state == .refunded ? Fixtures.minutes(2) : Fixtures.minutes(5)
        #expect(
            fact
                == PaymentRefunded(
                    orderID: "o-1", authorisationID: "auth_1", amount: Fixtures.usd(100_00), refundedAt: refundedAt))
        #expect(authorisation.state == .refunded)
        #expect(authorisation.refundedAt == refundedAt)
        #expect(gateway.calls == (state == .captured ? ["refund auth_1 100.00 USD"] : []))
    }

    @Test("R15: the refund gives back the whole captured amount, even when less than was authorised")
    func refundsWhatWasCaptured() throws {
        var (authorisation, gateway) = try VoidCaptureTests.authorisation(in: .authorised)
        _ = try authorisation.capture(Fixtures.usd(60_00), using: &gateway, at: Fixtures.minutes(1))
        let fact = try authorisation.refund(using: &gateway, at: Fixtures.minutes(5))
        #expect(fact.amount == Fixtures.usd(60_00))
        #expect(gateway.inner.holds["auth_1"]?.refunded == Fixtures.usd(60_00))
    }

    @Test("R15: a repeated refund returns the first fact at its first time, without a second gateway call")
    func repeatedRefund() throws {
        var (authorisation, gateway) = try VoidCaptureTests.authorisation(in: .captured)
        let first = try authorisation.refund(using: &gateway, at: Fixtures.minutes(5))
        #expect(try authorisation.refund(using: &gateway, at: Fixtures.minutes(9)) == first)
        #expect(first.refundedAt == Fixtures.minutes(5))
        #expect(gateway.calls == ["refund auth_1 100.00 USD"])
    }

    @Test("R15: a gateway refusal of the refund leaves the payment captured")
    func gatewayRefusal() throws {
        var (authorisation, gateway) = try VoidCaptureTests.authorisation(in: .captured)
        gateway.refusal = "maintenance"
        #expect(throws: PaymentError.gatewayRefused(orderID: "o-1", operation: "refund", reason: "maintenance")) {
            try authorisation.refund(using: &gateway, at: Fixtures.minutes(5))
        }
        #expect(authorisation.state == .captured)
        #expect(authorisation.refundedAt == nil)
    }

    @Test("R5: a refunded payment keeps its capture: authorise and capture return their first facts")
    func earlierFactsSurviveTheRefund() throws {
        var (authorisation, gateway) = try VoidCaptureTests.authorisation(in: .refunded)
        let result = authorisation.authorise(using: &gateway, at: Fixtures.minutes(9))
        guard case .authorised(let fact) = result else { Issue.record("expected authorised, got \(result)"); return }
        #expect(fact.authorisedAt == Fixtures.t0)
        #expect(
            throws: PaymentError.alreadyCaptured(
                orderID: "o-1", captured: Fixtures.usd(100_00), requested: Fixtures.usd(50_00))
        ) {
            try authorisation.capture(Fixtures.usd(50_00), using: &gateway, at: Fixtures.minutes(9))
        }
        #expect(authorisation.state == .refunded)
        #expect(authorisation.captured == Fixtures.usd(100_00))
        #expect(authorisation.capturedAt == Fixtures.minutes(1))
        #expect(gateway.calls.isEmpty)
    }
}
