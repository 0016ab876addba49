import Contracts
import Foundation
import GRDB
import Inventory
import MeshConfig
import ServiceKit
import Streams
import TestSupport
import Testing

/// The service as its executable runs it: in a `ServiceHost` built from a mesh config, answering over ZeroMQ.
@Suite(.serialized) struct InventoryHostTests {
    @Test(.timeLimit(.minutes(1)))
    func theServiceRunsInItsHostWithItsSettingsAndAnswersOverZeroMQ() async throws {
        // Given a mesh config whose inventory pulls feeds every 5 minutes, on simulated time (from the default
        // start, 2026-11-22T00:00:00Z)
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let config = directory.file("mesh.yaml")
        try MeshBlueprint(
            stateDirectory: directory.file("state"), clock: .simulated,
            processes: [
                .init("orders", executable: "dropline-orders"),
                .init("inventory", executable: "dropline-inventory", settings: ["feed_pull_minutes": "5"]),
            ]
        ).write(to: config)
        var options = ServiceOptions()
        options.config = config
        options.name = nil
        options.overrides = []
        options.logLevel = nil
        let configuration = try options.loadConfiguration()
        let host = try await ServiceHost(
            name: "inventory", configuration: configuration, publishes: true, migrations: InventoryStore.migrate)
        let start = try #require(DomainTime.parse("2026-11-22T00:00:00.000Z"))

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await InventoryService.run(host: host) }
            let client = try host.client(for: "inventory")

            // When the catalogue is loaded and an order reserves over the wire
            let loaded = try await client.call(
                "inventory.load", params: InventoryFixture.catalog(), as: CatalogLoadResult.self, timeout: .seconds(20))
            let reserved = try await client.call(
                "inventory.reserve",
                params: ReserveStockRequest(
                    orderID: "ord_1", listingID: "lst_1", sku: "TEE-M", quantity: 2, ttlSeconds: 0),
                as: ReserveStockResult.self)

            // Then the service answers with the configured default TTL, consumes orders, and keeps its timers
            #expect(loaded.listings.created == 1)
            #expect(reserved.expiresAt == start.addingTimeInterval(900) && reserved.available == 8)
            let status = try await client.call("status", params: Empty(), as: ServiceStatusReport.self)
            #expect(status.methods.contains("inventory.reserve") && status.methods.contains("inventory.stock_feed"))
            #expect(status.subscriptions.map(\.stream).contains("orders"))
            let timers = try await host.store.read { try DurableTimers.pending(in: $0) }
            #expect(timers.first { $0.kind == "feeds.pull" }?.due == start.addingTimeInterval(300))
            #expect(FileManager.default.fileExists(atPath: directory.file("state/feeds")))
            #expect(FileManager.default.fileExists(atPath: directory.file("state/maildir/new")))

            await client.close()
            group.cancelAll()
        }
    }
}
