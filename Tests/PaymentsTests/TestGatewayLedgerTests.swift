import Contracts
import Payments
import Testing

/// R3, R5, R15: the test gateway voids and captures only what it authorised, and refunds only what it captured,
/// like a real one.
struct TestGatewayLedgerTests {
    /// A gateway holding one approved authorisation `auth_1` of 100.00 USD.
    static func authorised() -> TestGateway {
        var gateway = TestGateway()
        _ = gateway.authorise(Fixtures.usd(100_00), token: "tok_visa", idempotencyKey: "k")
        return gateway
    }

    /// A step on the ledger and its expected reply: `accepted` or `refused`.
    enum Step: Sendable, CustomTestStringConvertible {
        case void
        case capture(Money)
        case refund(Money)

        var testDescription: String {
            switch self {
            case .void: "void"
            case .capture(let amount): "capture \(amount)"
            case .refund(let amount): "refund \(amount)"
            }
        }
    }

    /// Applies `steps` to a gateway holding `auth_1`; returns the last reply.
    static func run(_ steps: [Step]) -> GatewayReply {
        var gateway = authorised()
        var reply = GatewayReply.accepted
        for step in steps {
            switch step {
            case .void: reply = gateway.void(authorisationID: "auth_1")
            case .capture(let amount): reply = gateway.capture(authorisationID: "auth_1", amount: amount)
            case .refund(let amount): reply = gateway.refund(authorisationID: "auth_1", amount: amount)
            }
        }
        return reply
    }

    @Test(
        "R5: void and capture legality on the gateway's ledger",
        arguments: [
            ([Step.capture(Fixtures.usd(100_00))], "accepted"),
            ([.capture(Fixtures.usd(40_00))], "accepted"),
            ([.capture(Fixtures.usd(100_01))], "refused"),
            ([.capture(Fixtures.eur(100_00))], "refused"),
            ([.capture(Fixtures.usd(0))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .capture(Fixtures.usd(100_00))], "accepted"),
            ([.capture(Fixtures.usd(100_00)), .capture(Fixtures.usd(50_00))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .void], "refused"),
            ([.void], "accepted"),
            ([.void, .void], "accepted"),
            ([.void, .capture(Fixtures.usd(100_00))], "refused"),
        ])
    func ledger(steps: [Step], last: String) {
        #expect((Self.run(steps) == .accepted ? "accepted" : "refused") == last)
    }

    @Test(
        "R15: only a captured hold is refunded, at most the captured amount, and the same refund again is accepted",
        arguments: [
            ([Step.refund(Fixtures.usd(100_00))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(100_00))], "accepted"),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(40_00))], "accepted"),
            ([.capture(Fixtures.usd(40_00)), .refund(Fixtures.usd(40_01))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.eur(100_00))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(0))], "refused"),
            (
                [.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(100_00)), .refund(Fixtures.usd(100_00))],
                "accepted"
            ),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(100_00)), .refund(Fixtures.usd(50_00))], "refused"),
            ([.capture(Fixtures.usd(100_00)), .refund(Fixtures.usd(100_00)), .void], "refused"),
            ([.void, .refund(Fixtures.usd(100_00))], "refused"),
        ])
    func refundLedger(steps: [Step], last: String) {
        #expect((Self.run(steps) == .accepted ? "accepted" : "refused") == last)
    }

    @Test("R15: refusals of a refund say why")
    func refundRefusalReasons() {
        #expect(
            Self.run([.refund(Fixtures.usd(100_00))]) == .refused(reason: "authorisation auth_1 is not captured"))
        #expect(
            Self.run([.capture(Fixtures.usd(40_00)), .refund(Fixtures.usd(40_01))])
                == .refused(reason: "cannot refund 40.01 USD of 40.00 USD captured"))
        #expect(
            Self.run([.capture(Fixtures.usd(40_00)), .refund(Fixtures.usd(40_00)), .refund(Fixtures.usd(10_00))])
                == .refused(reason: "authorisation auth_1 already refunded 40.00 USD"))
    }

    @Test("R3: an unknown authorisation id is refused by name")
    func unknownAuthorisation() {
        var gateway = Self.authorised()
        #expect(gateway.void(authorisationID: "auth_9") == .refused(reason: "no authorisation auth_9"))
        #expect(
            gateway.capture(authorisationID: "auth_9", amount: Fixtures.usd(1))
                == .refused(reason: "no authorisation auth_9"))
        #expect(
            gateway.refund(authorisationID: "auth_9", amount: Fixtures.usd(1))
                == .refused(reason: "no authorisation auth_9"))
    }
}
