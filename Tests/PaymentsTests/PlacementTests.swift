import Contracts
import Foundation
import Payments
import Testing

/// R3: what placement asks of Payments: a pending authorisation, or a decline at once for input that cannot be
/// paid, never a crash and never a kept card number.
struct PlacementTests {
    @Test("R3: a usable token gives a pending authorisation, trimmed")
    func usableToken() {
        let authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(100_00), paymentToken: " tok_visa ", at: Fixtures.t0)
        #expect(authorisation.state == .pending)
        #expect(authorisation.paymentToken == "tok_visa")
        #expect(authorisation.attempts == 0)
    }

    @Test(
        "R3: no token, an empty or blank one is declined invalid_card without a gateway call",
        arguments: [String?.none, "", "   "])
    func missingToken(token: String?) {
        // Given an order placed without a usable token
        var authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(100_00), paymentToken: token, at: Fixtures.t0)
        var gateway = RecordingGateway()
        // When it is authorised
        let result = authorisation.authorise(using: &gateway, at: Fixtures.minutes(1))
        // Then it was declined at placement, invalid_card, and the gateway never heard of it
        guard case .declined(let fact) = result else { Issue.record("expected declined, got \(result)"); return }
        #expect(authorisation.state == .declined)
        #expect(fact.reason == .invalidCard)
        #expect(fact.attempts == 0)
        #expect(fact.declinedAt == Fixtures.t0)
        #expect(fact.card.brand == "unknown")
        #expect(gateway.calls.isEmpty)
    }

    @Test(
        "R3: a raw card number is declined invalid_card and dropped; only brand, last four and fingerprint stay",
        arguments: ["4242424242424242", "4242 4242 4242 4242", "5555-5555-5555-4444"])
    func rawNumber(number: String) throws {
        var authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(100_00), paymentToken: number, at: Fixtures.t0)
        var gateway = RecordingGateway()
        guard case .declined(let fact) = authorisation.authorise(using: &gateway, at: Fixtures.t0) else {
            Issue.record("expected declined")
            return
        }
        #expect(fact.reason == .invalidCard)
        #expect(authorisation.paymentToken == "")
        #expect(fact.card.last4 == String(number.suffix(4)))
        #expect(fact.card.fingerprint.hasPrefix("fp_"))
        let stored = String(decoding: try JSONEncoder().encode(authorisation), as: UTF8.self)
        #expect(!stored.contains(number.filter(\.isNumber)))
        #expect(gateway.calls.isEmpty)
    }

    @Test("R3: an amount of zero or less is declined invalid_amount", arguments: [Int64(0), -100])
    func invalidAmount(minorUnits: Int64) {
        var authorisation = Authorisation.placed(
            orderID: "o-1", amount: Fixtures.usd(minorUnits), paymentToken: "tok_visa", at: Fixtures.t0)
        var gateway = RecordingGateway()
        guard case .declined(let fact) = authorisation.authorise(using: &gateway, at: Fixtures.t0) else {
            Issue.record("expected declined")
            return
        }
        #expect(fact.reason == .invalidAmount)
        #expect(gateway.calls.isEmpty)
    }
}
