import Contracts
import Foundation
import Logging
import Streams
import TestSupport
import Testing
import ZeroMQBus

@testable import SupplierDispatch

/// Finding 7: a supplier connector call that can never succeed fails visibly, as a dead letter with its reason,
/// and the job moves on; one that fails in transit is retried, and raises an alert once it has failed for long.
@Suite(.timeLimit(.minutes(1)))
struct ConnectorFailureTests {
    /// Runs a connector sender for `harness`, logging to `log`, against an endpoint where nothing listens, while
    /// `body` runs with that endpoint.
    private func withSender(
        _ harness: DispatchHarness, log: LogRecorder = LogRecorder(), _ body: (String) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try ZMQContext()
        defer { context.terminate() }
        let endpoint = directory.ipc("connector.rpc")
        let client = try RPCClient(endpoint: endpoint, context: context)
        let sender = ConnectorSender(
            store: harness.store, answers: harness.service.answers, connector: client,
            limit: ConcurrencyLimit(limit: 4), wakeup: harness.service.wakeup,
            logger: log.logger, callTimeout: .milliseconds(100))
        let running = Task { await sender.run() }
        do {
            try await body(endpoint)
        } catch {
            running.cancel()
            await client.close()
            throw error
        }
        running.cancel()
        _ = await running.value
        await client.close()
    }

    @Test("Finding 7: a 900,000-character title makes a request over the limit: never sent, dead-lettered, exhausted")
    func finding7_oversizedRequestIsDeadLettered() async throws {
        // Given a listing stored before titles were bounded at the door (it reaches the partition as published)
        let harness = try DispatchHarness()
        var listing = DispatchServiceFixtures.listing()
        listing.title = String(repeating: "T", count: 900_000)
        try harness.loadCatalogue(listing)
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        let call = try #require(try harness.pendingCalls().only)
        #expect(call.body.count > SupplierConnectorLimits.maximumRequestBytes)

        // When the sender comes to it (nothing listens at the connector: a call sent would fail and stay queued)
        let log = LogRecorder()
        try await withSender(harness, log: log) { _ in
            try await waitUntil("the call settled", timeout: .seconds(30)) {
                (try? harness.pendingCalls().isEmpty) == true
            }
        }

        // Then it was settled without a try: a dead letter with its reason, the dispatch exhausted
        #expect(!log.messages.contains { $0.message.hasSuffix("will retry") }, "\(log.messages.map(\.message))")
        #expect(log.entries("Supplier connector call can never succeed; set aside as a dead letter").count == 1)
        let letter = try #require(try harness.deadLetters().only)
        #expect(letter.stream == "supplier-connector" && letter.type == "supplier.purchase_order")
        #expect(letter.error.contains("was not sent and never can be: its request is \(call.body.count) bytes"))
        #expect(letter.error.contains("over the supplier connector's limit of 1048576 bytes"))
        #expect(try harness.published(PurchaseOrderSent.self).isEmpty)
        #expect(try harness.published(PurchaseOrderFailed.self).map(\.failure) == [.undeliverable])
        let exhausted = try #require(try harness.published(DispatchExhausted.self).only)
        #expect(exhausted.attempts == [DispatchAttempt(supplierID: "sup_sz", failure: .undeliverable)])
        #expect(try await harness.show("ord_1").status == "exhausted")
        let cards = try await harness.call("dispatch.scorecards", Empty(), as: ScorecardList.self)
        #expect(cards.scorecards["sup_sz"] == nil, "the supplier never saw it: nothing is held against it")
        #expect(try harness.read { try harness.service.alerts(in: $0) }.isEmpty)
    }

    @Test("R6: a usual purchase order, documents and all, is a small part of the connector's limit")
    func usualRequestIsFarUnderTheLimit() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        let size = try #require(try harness.pendingCalls().only).body.count
        #expect(size * 20 < SupplierConnectorLimits.maximumRequestBytes, "\(size) bytes")
    }

    @Test("Finding 7: a call the connector refuses for good is a dead letter, and the next supplier is tried")
    func finding7_refusedCallIsDeadLettered() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        let call = try #require(try harness.pendingCalls().only)

        try await harness.service.answers.settle(
            call, outcome: .refused(RPCFailure(code: "invalid_request", message: "no such SKU", field: "sku")))

        let letter = try #require(try harness.deadLetters().only)
        #expect(
            letter.error == "supplier.purchase_order of po_ord_1_1 to sup_sz was refused by the supplier's "
                + "system: invalid_request: sku: no such SKU")
        #expect(try harness.published(PurchaseOrderFailed.self).map(\.failure) == [.rejected])
        #expect(try harness.request(of: try #require(try harness.pendingCalls().only)).supplierID == "sup_gz")
    }

    @Test("Finding 7: a receipt from another supplier is not a delivery: a dead letter, and the next supplier")
    func finding7_receiptFromAnotherSupplierIsRefused() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)
        let call = try #require(try harness.pendingCalls().only)
        let receipt = PurchaseOrderReceipt(
            purchaseOrderID: call.purchaseOrderID, supplierID: "sup_gz", supplierReference: nil)

        try await harness.service.answers.settle(call, outcome: .answered(try JSONCoding.encoder.encode(receipt)))

        #expect(try harness.deadLetters().only?.error.contains("the connector answered as supplier sup_gz") == true)
        #expect(try harness.published(PurchaseOrderFailed.self).map(\.supplierID) == ["sup_sz"])
        #expect(try harness.request(of: try #require(try harness.pendingCalls().only)).supplierID == "sup_gz")
    }

    @Test("Finding 7: a connector that never answers is retried, and after 5 failures status shows what happened")
    func finding7_failingCallRaisesAnAlert() async throws {
        let harness = try DispatchHarness()
        try harness.loadCatalogue()
        try harness.deliver(DispatchServiceFixtures.released("ord_1"), on: StreamNames.orders)

        try await withSender(harness) { endpoint in
            try await waitUntil("an alert", timeout: .seconds(30)) {
                (try? harness.read { try harness.service.alerts(in: $0) }.isEmpty) == false
            }
            let alert = try #require(try harness.read { try harness.service.alerts(in: $0) }.only)
            #expect(alert.hasPrefix("1 supplier connector call failing 5 times or more in a row and still retried"))
            #expect(alert.contains("supplier.purchase_order of po_ord_1_1"))
            #expect(alert.contains("Nothing answers at \(endpoint) (supplier.purchase_order was not sent)"))
        }
        #expect(try harness.pendingCalls().count == 1, "still queued, to be retried")
        #expect(try harness.deadLetters().isEmpty)
    }

    @Test("R6: what a failure in transit was is said as it was: timed out is not unreachable")
    func failuresInTransitSayWhatHappened() {
        #expect(
            ConnectorSender.whatHappened(.timedOut(method: "supplier.purchase_order", endpoint: "x")).hasPrefix(
                "timed out"))
        #expect(
            ConnectorSender.whatHappened(
                .unreachable(method: "supplier.purchase_order", endpoint: "x", hadReachedServer: false)
            ).hasPrefix("was not sent"))
    }
}
