import Contracts
import Foundation
import FraudHold
import Streams
import TestSupport
import Testing

/// R4: every refusal of the reviewers' RPCs names its field.
struct RefusalServiceTests {
    @Test(
        "R4: bad requests are refused with the field at fault",
        arguments: [
            ("fraud.show", #"{}"#, "invalid_request", "orderID"),
            ("fraud.show", #"{"orderID":"nope"}"#, "not_found", "orderID"),
            ("fraud.show", #"{"orderID":"o-placed"}"#, "not_found", "orderID"),
            ("fraud.approve", #"{"orderID":"o-1","reviewer":"  "}"#, "invalid_request", "reviewer"),
            ("fraud.approve", #"{"orderID":"","reviewer":"rita"}"#, "invalid_request", "orderID"),
            ("fraud.approve", #"{"orderID":"o-1"}"#, "invalid_request", "reviewer"),
            ("fraud.approve", #"{"orderID":"o-1","reviewer":"rita"}"#, "conflict", "orderID"),
            ("fraud.reject", #"{"orderID":"o-1","reviewer":"rita","reason":""}"#, "invalid_request", "reason"),
            ("fraud.reject", #"{"orderID":"o-1","reviewer":"rita"}"#, "invalid_request", "reason"),
            ("fraud.reject", #"{"orderID":"nope","reviewer":"rita","reason":"fraud"}"#, "not_found", "orderID"),
            ("fraud.reopen", #"{"orderID":"o-1","reviewer":"","reason":"again"}"#, "invalid_request", "reviewer"),
            ("fraud.reopen", #"{"orderID":"o-1","reviewer":"rita","reason":"again"}"#, "conflict", "orderID"),
            ("fraud.queue", #"{"merchantID":" "}"#, "invalid_request", "merchantID"),
        ])
    func refusals(method: String, json: String, code: String, field: String) async throws {
        // Given a clean held order o-1 (never reviewed) and an order placed but not authorised
        let harness = try FraudHoldHarness()
        try HoldServiceTests.heldCleanOrder(harness)
        try harness.deliver(EventFixtures.placed("o-placed"), on: StreamNames.orders)

        let refusal = try await harness.refusal(method, json: json)
        #expect(refusal.code == code)
        #expect(refusal.field == field)
        #expect(try harness.publishedTypes() == ["fraud.hold_started"])
    }

    @Test("R4: refusals read as sentences")
    func sentences() async throws {
        let harness = try FraudHoldHarness()
        try HoldServiceTests.heldCleanOrder(harness)
        try harness.deliver(EventFixtures.placed("o-placed"), on: StreamNames.orders)

        #expect(
            try await harness.refusal("fraud.approve", json: #"{"orderID":"o-1","reviewer":"rita"}"#).message
                == "Cannot approve order o-1: it was never under review.")
        #expect(
            try await harness.refusal("fraud.show", json: #"{"orderID":"nope"}"#).message
                == "No order nope is known to the fraud hold.")
        #expect(
            try await harness.refusal("fraud.show", json: #"{"orderID":"o-placed"}"#).message
                == "Order o-placed has no fraud hold: its payment was not authorised while the order was open.")
    }
}
