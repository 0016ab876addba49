import Contracts
import Foundation
import Payments
import Testing

/// R3, R5: void on cancel or reject, capture at release; illegal transitions and amounts are refused.
struct VoidCaptureTests {
    /// An authorisation of 100.00 USD brought to `state` on a recording gateway.
    static func authorisation(in state: AuthorisationState) throws -> (Authorisation, RecordingGateway) {
        let token =
            switch state {
            case .pending: "tok_gateway_down"
            case .declined: "tok_declined"
            default: "tok_visa"
            }
        var authorisation = try Fixtures.authorisation(token: token)
        var gateway = RecordingGateway()
        _ = authorisation.authorise(using: &gateway, at: Fixtures.t0)
        if state == .voided { _ = try authorisation.void(using: &gateway, at: Fixtures.minutes(1)) }
        if state == .captured || state == .refunded {
            _ = try authorisation.capture(Fixtures.usd(100_00), using: &gateway, at: Fixtures.minutes(1))
        }
        if state == .refunded { _ = try authorisation.refund(using: &gateway, at: Fixtures.minutes(2)) }
        gateway.calls = []
        return (authorisation, gateway)
    }

    @Test(
        "R3: void is legal from authorised, repeats from voided, and is refused elsewhere",
        arguments: [
            (AuthorisationState.authorised, AuthorisationState?.some(.voided)),
            (.declined, nil),
            (.voided, .voided),
            (.captured, nil),
            (.refunded, nil),
        ])
    func voidLegality(from state: AuthorisationState, to expected: AuthorisationState?) throws {
        var (authorisation, gateway) = try Self.authorisation(in: state)
        guard expected != nil else {
            #expect(throws: PaymentError.invalidTransition(orderID: "o-1", from: state, to: .voided)) {
                try authorisation.void(using: &gateway, at: Fixtures.minutes(5))
            }
            #expect(gateway.calls.isEmpty)
            return
        }
        let fact = try authorisation.void(using: &gateway, at: Fixtures.minutes(5))
        #expect(authorisation.state == .voided)
        #expect(fact.authorisationID == "auth_1")
        #expect(fact.voidedAt == (state == .voided ? Fixtures.minutes(1) : Fixtures.minutes(5)))
        #expect(gateway.calls == (state == .voided ? [] : ["void auth_1"]))
    }

    @Test("R15: voiding a pending authorisation stops its retries without a gateway call")
    func voidPending() throws {
        // Given an order whose gateway is down, waiting for its first retry
        var (authorisation, gateway) = try Self.authorisation(in: .pending)
        #expect(authorisation.nextAttemptAt == Fixtures.minutes(1))
        // When the order is cancelled
        let fact = try authorisation.void(using: &gateway, at: Fixtures.minutes(0.5))
        // Then it ends voided with nothing held, and the gateway was not called
        #expect(authorisation.state == .voided)
        #expect(authorisation.nextAttemptAt == nil)
        #expect(
            fact
                == PaymentVoided(
                    orderID: "o-1", authorisationID: "", amount: Fixtures.usd(100_00), voidedAt: Fixtures.minutes(0.5)))
        #expect(gateway.calls.isEmpty)
        // And a late retry makes no attempt, while a repeated void returns the first fact
        #expect(authorisation.authorise(using: &gateway, at: Fixtures.minutes(1)) == .voided(fact))
        #expect(try authorisation.void(using: &gateway, at: Fixtures.minutes(9)) == fact)
        #expect(gateway.calls.isEmpty)
        #expect(authorisation.attempts == 1)
    }

    @Test(
        "R5: capture is legal from authorised, repeats from captured and refunded, and is refused elsewhere",
        arguments: [
            (AuthorisationState.pending, AuthorisationState?.none),
            (.authorised, .captured),
            (.declined, nil),
            (.voided, nil),
            (.captured, .captured),
            (.refunded, .refunded),
        ])
    func captureLegality(from state: AuthorisationState, to expected: AuthorisationState?) throws {
        var (authorisation, gateway) = try Self.authorisation(in: state)
        guard expected != nil else {
            #expect(throws: PaymentError.invalidTransition(orderID: "o-1", from: state, to: .captured)) {
                try authorisation.capture(Fixtures.usd(100_00), using: &gateway, at: Fixtures.minutes(5))
            }
            #expect(gateway.calls.isEmpty)
            return
        }
        let fact = try authorisation.capture(Fixtures.usd(100_00), using: &gateway, at: Fixtures.minutes(5))
        #expect(authorisation.state == expected)
        #expect(fact.amount == Fixtures.usd(100_00))
        #expect(fact.capturedAt == (state == .authorised ? Fixtures.minutes(5) : Fixtures.minutes(1)))
        #expect(gateway.calls == (state == .authorised ? ["capture auth_1 100.00 USD"] : []))
    }

    @Test(
        "R5: capture amounts must match the authorised currency and not exceed it",
        arguments: [
            (
                Fixtures.eur(100_00),
                PaymentError?.some(
                    .currencyMismatch(orderID: "o-1", authorised: Fixtures.usd(100_00), requested: Fixtures.eur(100_00))
                )
            ),
            (
                Fixtures.usd(100_01),
                .exceedsAuthorised(orderID: "o-1", authorised: Fixtures.usd(100_00), requested: Fixtures.usd(100_01))
            ),
            (Fixtures.usd(0), .invalidAmount(orderID: "o-1", Fixtures.usd(0))),
            (Fixtures.usd(100_00), nil),
            (Fixtures.usd(60_00), nil),
        ])
    func captureAmounts(requested: Money, error: PaymentError?) throws {
        var (authorisation, gateway) = try Self.authorisation(in: .authorised)
        if let error {
            #expect(throws: error) { try authorisation.capture(requested, using: &gateway, at: Fixtures.minutes(5)) }
            #expect(authorisation.state == .authorised)
        } else {
            #expect(try authorisation.capture(requested, using: &gateway, at: Fixtures.minutes(5)).amount == requested)
            #expect(authorisation.captured == requested)
        }
    }

    @Test("R5: a second capture of another amount is refused")
    func secondCaptureOfAnotherAmount() throws {
        var (authorisation, gateway) = try Self.authorisation(in: .captured)
        #expect(
            throws: PaymentError.alreadyCaptured(
                orderID: "o-1", captured: Fixtures.usd(100_00), requested: Fixtures.usd(50_00))
        ) {
            try authorisation.capture(Fixtures.usd(50_00), using: &gateway, at: Fixtures.minutes(5))
        }
    }

    @Test("R3: a gateway refusal leaves the authorisation as it was")
    func gatewayRefusal() throws {
        var (authorisation, gateway) = try Self.authorisation(in: .authorised)
        gateway.refusal = "maintenance"
        #expect(throws: PaymentError.gatewayRefused(orderID: "o-1", operation: "void", reason: "maintenance")) {
            try authorisation.void(using: &gateway, at: Fixtures.minutes(5))
        }
        #expect(throws: PaymentError.gatewayRefused(orderID: "o-1", operation: "capture", reason: "maintenance")) {
            try authorisation.capture(Fixtures.usd(10_00), using: &gateway, at: Fixtures.minutes(5))
        }
        #expect(authorisation.state == .authorised)
    }

    @Test("R3: authorising a voided order still returns its first result")
    func authoriseAfterVoid() throws {
        var (authorisation, gateway) = try Self.authorisation(in: .voided)
        let result = authorisation.authorise(using: &gateway, at: Fixtures.minutes(9))
        guard case .authorised(let fact) = result else { Issue.record("expected authorised, got \(result)"); return }
        #expect(fact.authorisedAt == Fixtures.t0)
        #expect(authorisation.state == .voided)
        #expect(gateway.calls.isEmpty)
    }
}
