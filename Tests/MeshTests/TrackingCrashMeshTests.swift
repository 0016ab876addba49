import Contracts
import Foundation
import Glibc
import MeshConfig
import TestSupport
import Testing

extension MeshTests {
    /// Issue 12's crash test: 5,000 carrier scans, a tenth of them repeated, from 64 concurrent clients while
    /// `dropline-tracking` is SIGKILLed twice; each scan is applied and published exactly once (R10).
    @Suite(.timeLimit(.minutes(5))) struct TrackingCrashMeshTests {
        static let parcels = 40
        static let scans = 5_000
        static let clients = 64

        @Test func fiveThousandScansWhileTrackingIsKilledTwice() async throws {  // R10
            // Given parcels shipped with carriers that never scan, so that every scan is the clients'
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.silent)
            let shipped = try await mesh.ship(Self.parcels)
            var parcels: [(carrier: String, number: String)] = []
            for order in shipped {
                let view = try await mesh.show(order)
                parcels.append((try nonEmpty(view.carrier, "the carrier"), try nonEmpty(view.trackingNumber, "number")))
            }
            let endpoint = try #require(mesh.mesh.configuration.instance(named: "tracking")?.rpcEndpoint)
            let storm = try ScanStorm(
                reports: ScanStorm.reports(parcels, count: Self.scans), clients: Self.clients, endpoint: endpoint,
                context: mesh.mesh.context)

            // When 64 clients send them, each report again after a timeout or while tracking is down, and
            // tracking is killed once a third of the reports are answered, and again at two thirds
            let started = ContinuousClock.now
            try await withThrowingTaskGroup(of: Void.self) { group in
                group.addTask { await storm.run() }
                group.addTask {
                    for third in 1...2 {
                        try await waitUntil("\(third)/3 of the scans answered", timeout: .seconds(120)) {
                            storm.current.answered >= third * Self.scans / 3
                        }
                        try await kill("tracking", in: mesh.mesh)
                    }
                }
                try await group.waitForAll()
            }
            let elapsed = ContinuousClock.now - started
            await storm.close()

            // Then every report was answered, the tracking stream has one shipment.scanned per distinct scan, and
            // Orders has confirmed every order fulfilled
            let tally = storm.current
            #expect(tally.failures.isEmpty, "\(tally.failures.prefix(5))")
            #expect(tally.answered == Self.scans)
            let distinct = Set(storm.reports.map(\.scanID))
            #expect(tally.new <= distinct.count)
            let scanned = try await mesh.replay("tracking", timeout: .seconds(120)).payloads(ShipmentScanned.self)
            let ids = scanned.map(\.scanID)
            #expect(ids.count == distinct.count, "\(ids.count) shipment.scanned for \(distinct.count) distinct scans")
            #expect(Set(ids) == distinct && Set(ids).count == ids.count, "no scan id twice, none missing")
            try await mesh.dispatch.waitForStatus(shipped, .confirmedFulfilled)
            let tracking = try #require(try await mesh.mesh.status().processes.first { $0.name == "tracking" })
            #expect(tracking.restarts == 2)
            #expect(try await mesh.deadLetters() == [])
            print("5,000 scans in \(elapsed), \(tally.retries) reports sent again, \(tally.new) new")
            await mesh.tearDown()
        }

        /// SIGKILLs `name` by the pid the supervisor reports, then waits until the supervisor has restarted it and
        /// it answers.
        private func kill(_ name: String, in mesh: MeshHarness) async throws {
            let pid = try #require(try await mesh.pid(of: name))
            Glibc.kill(pid, SIGKILL)
            try await waitUntil("\(name) restarted", timeout: .seconds(30)) {
                guard let process = try? await mesh.status().processes.first(where: { $0.name == name }) else {
                    return false
                }
                return process.pid != nil && process.pid != pid && process.report != nil
            }
        }
    }
}
