import Contracts
import Foundation
import Logging
import MeshConfig
import TestSupport
import Testing

/// `MeshBlueprint`'s YAML reads back, through the supervisor's own loader, as the mesh it describes.
@Suite struct MeshBlueprintTests {
    /// Writes `blueprint` into a temporary folder and loads it as every process does.
    func load(_ blueprint: MeshBlueprint) throws -> MeshConfiguration {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var blueprint = blueprint
        blueprint.stateDirectory = directory.file("state")
        try blueprint.write(to: directory.file("mesh.yaml"))
        return try MeshConfiguration.load(file: directory.file("mesh.yaml"), environment: [:], overrides: [])
    }

    @Test func probePairWithTestTimingReadsBack() throws {
        var blueprint = MeshBlueprint.probePair()
        blueprint.timing = .quick(healthTimeout: .seconds(1))
        blueprint.processes[1].instances = 2
        let configuration = try load(blueprint)
        #expect(configuration.clock.mode == .system && configuration.logLevel == "info")
        #expect(configuration.streams.heartbeatInterval == .milliseconds(200))
        let supervisor = configuration.supervisor
        #expect(supervisor.healthTimeout == .seconds(1) && supervisor.grace == .seconds(3))
        #expect(supervisor.backoffInitial == .milliseconds(100) && supervisor.backoffMax == .seconds(1))
        #expect(supervisor.crashLoopRestarts == 4 && supervisor.crashLoopWindow == .seconds(30))
        #expect(configuration.services.map(\.name) == ["probe-source", "probe-sink"])
        #expect(configuration.services.map(\.arguments) == [["source"], ["sink"]])
        #expect(configuration.services.map(\.instances) == [1, 2])
    }

    @Test func dispatchMeshReadsBackWithEverySetting() throws {
        let suppliers = SupplierBehaviourChange(
            ackDelayMinutes: DelayRange(min: 10, max: 20), shipDelayHours: DelayRange(min: 2, max: 2),
            rejectRate: 0.25, outOfStockRate: 0, silentRate: 0, lateShipRate: 1, carriers: ["China Post", "Wish Post"])
        var blueprint = MeshBlueprint.dispatch(
            reviewThreshold: 10_000, suppliers: suppliers, supplierLatency: .milliseconds(50), seed: 7, workers: 3,
            partitions: 8, connectorCallsPerWorker: 2)
        blueprint.logLevel = .warning
        blueprint.processes[0].logLevel = .debug
        let configuration = try load(blueprint)
        #expect(configuration.clock.mode == .simulated && configuration.logLevel == "warning")
        #expect(configuration.streams.heartbeatInterval == .seconds(1), "the embedded default")
        let names = ["inventory", "payments", "fraud-hold", "orders", "simulator", "dispatch"]
        #expect(configuration.services.map(\.name) == names)
        #expect(configuration.services.map(\.logLevel) == ["debug"] + Array(repeating: "warning", count: 5))
        #expect(configuration.service(named: "fraud-hold")?.settings == ["review_threshold": "10000"])
        #expect(
            configuration.service(named: "simulator")?.settings == [
                "ack_delay_minutes": "10-20", "ship_delay_hours": "2", "reject_rate": "0.25", "out_of_stock_rate": "0",
                "silent_rate": "0", "late_ship_rate": "1", "carriers": "China Post, Wish Post", "latency_ms": "50",
                "seed": "7",
            ])
        let dispatch = try #require(configuration.service(named: "dispatch"))
        #expect(dispatch.instances == 3 && dispatch.partitions == 8)
        #expect(dispatch.settings == ["connector_calls_per_worker": "2"])
    }

    @Test func stringsAreQuotedSoThatNoneReadsAsAnotherValue() throws {
        let odd = "tab\t \"quoted\" back\\slash: yes"
        let blueprint = MeshBlueprint(
            processes: [MeshBlueprint.Process("odd", executable: "/bin/true", arguments: ["no", "1", odd])])
        let configuration = try load(blueprint)
        #expect(configuration.services.first?.arguments == ["no", "1", odd])
    }
}
