import Contracts
import Foundation
import FraudHold
import GRDB
import Streams
import TestSupport
import Testing

/// R4, docs/architecture.md §3: a fact delivered again (a publisher's retry under a new seq) changes nothing and
/// publishes nothing; its effects and the checkpoint commit together.
struct RedeliveryServiceTests {
    /// Every table the service owns, as text, to compare before and after.
    static func snapshot(_ harness: FraudHoldHarness) throws -> [String] {
        try harness.store.read { db in
            try [
                "placedOrder", "pendingPayment", "riskProfileOrder", "riskProfileDecline", "fraudHold", "durableTimer",
            ].flatMap { table in
                try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY 1").map { "\(table): \($0)" }
            }
        }
    }

    @Test("R4: redelivered order.placed, payment.authorised, payment.declined and order.cancelled are no-ops")
    func redeliveriesAreNoOps() throws {
        let harness = try FraudHoldHarness()
        try RiskServiceTests.order(harness, "o-1", email: "ana@mailinator.com", country: "BR")
        try harness.deliver(EventFixtures.placed("d-1"), on: StreamNames.orders)
        try harness.deliver(EventFixtures.declined("d-1", at: Fixtures.hours(0.1)), on: StreamNames.payments)
        let events = try harness.published()
        let tables = try Self.snapshot(harness)

        try harness.deliver(EventFixtures.placed("o-1", email: "other@example.com"), on: StreamNames.orders)
        try harness.deliver(
            EventFixtures.authorised("o-1", card: "fp_other", at: Fixtures.hours(0.2)), on: StreamNames.payments)
        try harness.deliver(EventFixtures.declined("d-1", at: Fixtures.hours(0.3)), on: StreamNames.payments)
        #expect(try harness.published() == events)
        #expect(try Self.snapshot(harness) == tables)

        try harness.deliver(EventFixtures.cancelled("o-1", at: Fixtures.hours(1)), on: StreamNames.orders)
        let closed = try Self.snapshot(harness)
        try harness.deliver(EventFixtures.cancelled("o-1", at: Fixtures.hours(2)), on: StreamNames.orders)
        #expect(try Self.snapshot(harness) == closed)
        #expect(try harness.published() == events)
    }

    @Test("docs/architecture.md §3: unknown event types are skipped and the checkpoint still advances")
    func unknownTypesSkipped() throws {
        let harness = try FraudHoldHarness()
        try harness.deliver(OrderHeld(orderID: "o-1", holdUntil: nil, at: Fixtures.t0), on: StreamNames.orders)
        try harness.deliver(
            PaymentCaptured(
                orderID: "o-1", authorisationID: "a", amount: Fixtures.usd(1), capturedAt: Fixtures.t0),
            on: StreamNames.payments)
        #expect(try harness.publishedTypes().isEmpty)
        let checkpoints = try harness.store.read { db in
            try [StreamNames.orders, StreamNames.payments].map { try Checkpoint.load(db, stream: $0)?.lastSeq }
        }
        #expect(checkpoints == [1, 1])
    }
}
