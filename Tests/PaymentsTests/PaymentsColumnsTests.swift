import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import TestSupport
import Testing

/// R3, R5, R15 and docs/architecture.md §3: the rows of `authorisation` and of the gateway's memory are mapped by hand
/// (`payments-v3`), so every column must come back as it was written, and a v2 store's JSON must move into the
/// columns unchanged.
struct PaymentsColumnsTests {
    /// Places, releases, refunds and cancels six orders through the service while the same inputs run on pure
    /// domain values; returns the values the store should hold and the service that holds them.
    static func replay() throws -> (harness: PaymentsHarness, expected: [OrderID: Authorisation], gateway: TestGateway)
    {
        let harness = try PaymentsHarness()
        var gateway = TestGateway()
        var expected: [OrderID: Authorisation] = [:]
        func place(_ order: OrderID, _ token: String, _ total: Money) throws {
            var authorisation = Authorisation.placed(
                orderID: order, amount: total, paymentToken: token, at: Fixtures.t0)
            _ = authorisation.authorise(using: &gateway, at: Fixtures.t0)
            expected[order] = authorisation
            try harness.apply(Fixtures.placed(order, token: token, total: total))
        }
        // Authorised in GBP country, captured, refunded
        try place("o-1", "tok_visa_gb", Fixtures.usd(100_00))
        _ = try expected["o-1"]!.capture(Fixtures.usd(100_00), using: &gateway, at: Fixtures.minutes(480))
        try harness.apply(Fixtures.released("o-1"))
        _ = try expected["o-1"]!.refund(using: &gateway, at: Fixtures.minutes(600))
        try harness.apply(Fixtures.refunded("o-1"))
        // Pending after a transient failure (a retry due), then cancelled
        try place("o-2", "tok_processing_error", Fixtures.eur(59_90))
        _ = try expected["o-2"]!.void(using: &gateway, at: Fixtures.minutes(0.5))
        try harness.apply(Fixtures.cancelled("o-2", at: Fixtures.minutes(0.5)))
        // Declined at placement without a gateway call: a card with no country, no token kept
        try place("o-3", "4000 0000 0000 0002", Fixtures.usd(12_34))
        // Declined by the gateway: the key keeps the decline and the card
        try place("o-4", "tok_declined", Fixtures.usd(5_00))
        // Authorised, then voided by a cancellation during the hold
        try place("o-5", "tok_visa.c7", Fixtures.eur(1_00))
        _ = try expected["o-5"]!.void(using: &gateway, at: Fixtures.minutes(10))
        try harness.apply(Fixtures.cancelled("o-5", at: Fixtures.minutes(10)))
        // Pending, its retry due
        try place("o-6", "tok_processing_error", Fixtures.usd(7_00))
        return (harness, expected, gateway)
    }

    /// The gateway's memory as the store holds it, read back with plain SQL.
    static func storedGateway(_ db: Database) throws -> TestGateway {
        let issued = try Int.fetchOne(db, sql: "SELECT issued FROM gatewayCounter WHERE id = 1") ?? 0
        var keys: [String: TestGateway.KeyRecord] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM gatewayKey") {
            let card = (row["cardFingerprint"] as String?).map {
                CardDetails(
                    fingerprint: $0, brand: row["cardBrand"], last4: row["cardLast4"],
                    country: (row["cardCountry"] as String?).flatMap(CountryCode.init))
            }
            var result: GatewayResponse.Result?
            if let id = row["approvedID"] as String? { result = .approved(authorisationID: id) }
            if let code = row["declineCode"] as String? {
                result = .declined(try #require(DeclineCode(rawValue: code)))
            }
            keys[row["idempotencyKey"]] = TestGateway.KeyRecord(
                attempts: row["attempts"],
                finalResponse: try result.map { GatewayResponse(result: $0, card: try #require(card)) })
        }
        var holds: [String: TestGateway.Hold] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM gatewayHold") {
            let currency = try #require(CurrencyCode(row["currency"]))
            holds[row["authorisationID"]] = TestGateway.Hold(
                amount: Money(minorUnits: row["amountMinor"], currency: currency),
                captured: (row["capturedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) },
                voided: row["voided"],
                refunded: (row["refundedMinor"] as Int64?).map { Money(minorUnits: $0, currency: currency) })
        }
        return TestGateway(issued: issued, keys: keys, holds: holds)
    }

    @Test("R3, R5, R15: every column of authorisation and of the gateway's memory reads back as it was written")
    func roundTrip() throws {
        // Given six orders in every state, each with the values the pure domain gives them
        let (harness, expected, gateway) = try Self.replay()
        // Then each stored authorisation equals its domain value, field by field
        for (order, authorisation) in expected {
            #expect(try harness.authorisation(order) == authorisation)
        }
        #expect(Set(expected.values.map(\.state)) == [.refunded, .voided, .declined, .pending])
        #expect(expected["o-6"]?.nextAttemptAt == Fixtures.minutes(1))
        #expect(expected["o-3"]?.card?.country == nil)
        #expect(expected["o-1"]?.card?.country == CountryCode("GB"))
        // And the gateway's memory equals the domain's gateway
        #expect(try harness.store.read(Self.storedGateway) == gateway)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R3: a stored authorisation is read back after a restart, also by payments.show")
    func readAfterRestart() async throws {
        let (replayed, expected, _) = try Self.replay()
        let harness = try replayed.reopened()
        for (order, authorisation) in expected {
            #expect(try harness.authorisation(order) == authorisation)
        }
        let reply = await harness.call("payments.show", json: #"{"orderID":"o-1"}"#)
        #expect(reply.ok)
        let view = try DomainTime.makeDecoder().decode(AuthorisationView.self, from: reply.body)
        #expect(view.captured == Fixtures.usd(100_00))
        #expect(view.refundedAt == Fixtures.minutes(600))
    }
}
