import Contracts
import Foundation
import Simulator
import TestSupport
import Testing

/// R7: the supplier's answers reach Dispatch exactly once in effect: queued with the step, sent after commit,
/// retried after transport failures, never after a refusal, and resent by a restarted simulator.
struct SenderTests {
    /// A harness whose purchase order `po_ord_1_1` was acknowledged (the call queued, not sent).
    private func acknowledged() async throws -> SimulatorHarness {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        try harness.advance(to: Fixtures.minutes(30))
        return harness
    }

    @Test("R7: a refusal (conflict) is recorded and not retried")
    func refusalIsNotRetried() async throws {
        let harness = try await acknowledged()
        harness.dispatch.answer("purchase_orders.acknowledge", with: .error("conflict"))
        #expect(try await harness.send() == 1)
        #expect(try await harness.send() == 0)
        #expect(harness.dispatch.calls.count == 1)
        let call = try #require(try await harness.view("po_ord_1_1").calls.first)
        #expect(call.status == .refused && call.attempts == 1)
        #expect(call.answer == "conflict: fake dispatch says conflict")
    }

    @Test("R7: the purchase order's ship still goes after its acknowledgement was refused")
    func refusedAcknowledgementDoesNotBlockShipment() async throws {
        let harness = try await acknowledged()
        harness.dispatch.answer("purchase_orders.acknowledge", with: .error("not_found"))
        try harness.advance(to: Fixtures.hours(11))
        #expect(try await harness.send() == 1)
        #expect(try await harness.send() == 1)
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge", "purchase_orders.ship"])
    }

    @Test(
        "R7: a timeout or a transient error is retried after a backoff, until Dispatch takes the call",
        .timeLimit(.minutes(1)), arguments: [FakeDispatch.Answer.timeOut, .error("unavailable"), .error("internal")])
    func transportFailureIsRetried(failure: FakeDispatch.Answer) async throws {
        // Given Dispatch does not answer the acknowledgement
        let harness = try await acknowledged()
        harness.dispatch.answer("purchase_orders.acknowledge", with: failure)

        // When the sender tries, the call stays pending and waits out its backoff
        #expect(try await harness.send() == 0)
        let pending = try #require(try await harness.view("po_ord_1_1").calls.first)
        #expect(pending.status == .pending && pending.attempts == 1 && pending.answer != nil)

        // When Dispatch is back, the call goes again once the backoff is over
        harness.dispatch.answer("purchase_orders.acknowledge", with: .accept)
        try await waitUntil("the acknowledgement is retried") { try await harness.send() == 1 }
        #expect(harness.dispatch.calls.count == 2)
        #expect(try await harness.view("po_ord_1_1").calls.map(\.status) == [.delivered])
    }

    @Test("Backoff: 0.1 s, doubling, at most 30 s")
    func backoff() {
        #expect(
            (1...10).map { OutgoingCallSender.backoffMilliseconds(afterFailures: $0) } == [
                100, 200, 400, 800, 1_600, 3_200, 6_400, 12_800, 25_600, 30_000,
            ])
        #expect(OutgoingCallSender.backoffMilliseconds(afterFailures: 1_000) == 30_000)
    }

    @Test("R7: a call queued before a crash is sent by the restarted simulator")
    func queuedCallSurvivesCrash() async throws {
        // Given an acknowledgement queued and never sent before the process died
        let first = try await acknowledged()

        // When a new simulator opens the same store
        let restarted = try first.reopened()
        #expect(try await restarted.send() == 1)

        // Then it sends the acknowledgement
        #expect(restarted.dispatch.methods == ["purchase_orders.acknowledge"])
        #expect(first.dispatch.calls.isEmpty)
    }

    @Test("R7: a call in flight when the process is killed is made again after restart", .timeLimit(.minutes(1)))
    func callInFlightIsRepeated() async throws {
        // Given the sender is killed while Dispatch is taking the acknowledgement
        let first = try await acknowledged()
        first.dispatch.answer("purchase_orders.acknowledge", with: .hang)
        let sender = first.service.sender
        let sending = Task { try await sender.sendPending() }
        try await waitUntil("the acknowledgement is in flight") { first.dispatch.calls.count == 1 }
        sending.cancel()
        #expect(try await sending.value == 0)

        // When the restarted simulator sends, then the same call is made again (Dispatch takes it idempotently)
        let restarted = try first.reopened()
        #expect(try await restarted.send() == 1)
        #expect(restarted.dispatch.calls.map(\.body) == first.dispatch.calls.map(\.body))
    }

    @Test("R7: the running sender is woken by the commit that queues a call", .timeLimit(.minutes(1)))
    func runningSenderWakesOnCommit() async throws {
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        let sender = harness.service.sender
        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { await sender.run() }
            try harness.advance(to: Fixtures.hours(11))
            try await waitUntil("both answers are delivered and recorded") {
                try await harness.view("po_ord_1_1").calls.map(\.status) == [.delivered, .delivered]
            }
            group.cancelAll()
        }
        #expect(harness.dispatch.methods == ["purchase_orders.acknowledge", "purchase_orders.ship"])
    }
}
