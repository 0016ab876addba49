import Contracts
import Payments
import Testing

/// R3: the test gateway's memory is public, so that a store can keep it: a gateway rebuilt from what one call
/// touches answers that call exactly as the original.
struct TestGatewayMemoryTests {
    @Test("R3: a rebuilt gateway remembers attempts per key: tok_processing_error still fails only once")
    func attemptsSurvive() throws {
        var original = TestGateway()
        _ = original.authorise(Fixtures.usd(10_00), token: "tok_visa", idempotencyKey: "a")
        _ = original.authorise(Fixtures.usd(10_00), token: "tok_processing_error", idempotencyKey: "b")
        let record = try #require(original.keys["b"])
        var rebuilt = TestGateway(issued: original.issued, keys: ["b": record], holds: [:])
        let expected = original.authorise(Fixtures.usd(10_00), token: "tok_processing_error", idempotencyKey: "b")
        #expect(rebuilt.authorise(Fixtures.usd(10_00), token: "tok_processing_error", idempotencyKey: "b") == expected)
        #expect(expected.result == .approved(authorisationID: "auth_2"))
        #expect(rebuilt.issued == 2)
        #expect(rebuilt.keys["b"] == TestGateway.KeyRecord(attempts: 2, finalResponse: expected))
    }

    @Test("R5: a rebuilt gateway finds its hold: void and capture answer as before")
    func holdsSurvive() {
        var original = TestGateway()
        _ = original.authorise(Fixtures.usd(10_00), token: "tok_visa", idempotencyKey: "a")
        #expect(original.holds == ["auth_1": TestGateway.Hold(amount: Fixtures.usd(10_00))])
        var rebuilt = TestGateway(issued: 1, keys: [:], holds: original.holds)
        #expect(rebuilt.capture(authorisationID: "auth_1", amount: Fixtures.usd(10_00)) == .accepted)
        #expect(rebuilt.void(authorisationID: "auth_1") == .refused(reason: "authorisation auth_1 is captured"))
        #expect(rebuilt.holds["auth_1"]?.captured == Fixtures.usd(10_00))
    }

    @Test("R15: a rebuilt gateway remembers a refund: the same refund is accepted again, another refused")
    func refundsSurvive() {
        var original = TestGateway()
        _ = original.authorise(Fixtures.usd(10_00), token: "tok_visa", idempotencyKey: "a")
        _ = original.capture(authorisationID: "auth_1", amount: Fixtures.usd(10_00))
        _ = original.refund(authorisationID: "auth_1", amount: Fixtures.usd(10_00))
        var rebuilt = TestGateway(issued: 1, keys: [:], holds: original.holds)
        #expect(rebuilt.holds["auth_1"]?.refunded == Fixtures.usd(10_00))
        #expect(rebuilt.refund(authorisationID: "auth_1", amount: Fixtures.usd(10_00)) == .accepted)
        #expect(
            rebuilt.refund(authorisationID: "auth_1", amount: Fixtures.usd(5_00))
                == .refused(reason: "authorisation auth_1 already refunded 10.00 USD"))
    }

    @Test("R3: ids keep counting from the issued count, never reused")
    func idsContinue() {
        var rebuilt = TestGateway(issued: 41, keys: [:], holds: [:])
        let response = rebuilt.authorise(Fixtures.usd(10_00), token: "tok_visa", idempotencyKey: "k")
        #expect(response.result == .approved(authorisationID: "auth_42"))
    }
}
