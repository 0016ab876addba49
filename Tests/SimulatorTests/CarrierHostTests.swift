import Contracts
import Foundation
import GRDB
import ServiceKit
import Simulator
import Streams
import Synchronization
import TestSupport
import Testing

/// The simulated carriers as the executable runs them: the simulator consumes the `tracking` stream of a stand-in
/// tracking host and reports each scan to that host's `tracking.scan`, over ZeroMQ.
@Suite(.serialized) struct CarrierHostTests {
    /// The scans the stand-in tracking host was told, in order.
    private final class Received: Sendable {
        let reports = Mutex<[ScanReport]>([])
    }

    @Test(
        "R10, R11: a shipment published on tracking comes back as its parcel's scans, in order", .timeLimit(.minutes(1))
    )
    func scansOverTheWire() async throws {
        // Given a mesh with a tracking service, and carriers that deliver every parcel
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let configuration = try MeshFixture.options(
            in: directory, dispatchPartitions: 1,
            simulatorSettings: [
                "carrier_exception_rate": "0", "carrier_return_rate": "0", "carrier_lost_rate": "0",
                "carrier_unscanned_rate": "0",
            ],
            tracking: true
        ).loadConfiguration()
        let simulator = try await ServiceHost(
            name: "simulator", configuration: configuration, publishes: true, migrations: SimulatorStore.migrate)
        let tracking = try await ServiceHost(
            name: "tracking", configuration: configuration, publishes: true, migrations: { _ in })
        let received = Received()
        var router = RPCRouter()
        router.register("tracking.scan", params: ScanReport.self) { report in
            received.reports.withLock { $0.append(report) }
            return ScanReceipt(orderID: "ord_1", isNew: true, latest: report.kind)
        }

        // A parcel shipped 40 days ago (in whole milliseconds, as the stream carries it): every scan is due
        let shippedAt = DomainTime.date(milliseconds: DomainTime.milliseconds(Date()) - 40 * 86_400_000)
        let shipment = CarrierFixtures.shipment(at: shippedAt)
        let journey = JourneyPlanner(seed: 1).plan(for: shipment, behaviour: CarrierFixtures.behaviour())

        try await withThrowingTaskGroup(of: Void.self) { group in
            group.addTask { try await SimulatorService.run(host: simulator) }
            group.addTask { [router] in try await tracking.run(methods: router) }

            // When tracking publishes the shipment
            try await tracking.store.write { db in
                _ = try tracking.outbox.append(shipment, at: Date(), in: db)
            }

            // Then every scan of its journey reaches tracking.scan, in order, with its own id
            try await waitUntil("tracking hears every scan") {
                received.reports.withLock { $0.count } >= journey.scans.count
            }
            let reports = received.reports.withLock { $0 }
            #expect(reports.map(\.kind) == journey.scans.map(\.kind))
            #expect(reports.map(\.at) == journey.scans.map(\.at))
            #expect(reports.map(\.scanID) == journey.scans.indices.map { "\(shipment.trackingNumber)-\($0 + 1)" })
            group.cancelAll()
        }
    }
}
