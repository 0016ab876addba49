import Foundation
import MeshConfig
import Testing

@Suite("The embedded default")
struct DefaultConfigurationTests {
    @Test("loads with the documented values")
    func defaultValues() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load()
        let state = scratch.defaultStateDirectory

        #expect(config.stateDirectory == state)
        #expect(config.logLevel == "info")
        #expect(config.clock.mode == .system)
        #expect(config.clock.start == Date(timeIntervalSince1970: 1_795_305_600))
        #expect(config.clock.resolution == .seconds(60) && config.clock.settleTimeout == .seconds(30))
        #expect(config.streams.heartbeatInterval == .milliseconds(1000))
        #expect(config.streams.fetchCredit == 1000)
        #expect(config.streams.batchMax == 500)
        #expect(config.streams.retentionEvents == 0)
        #expect(config.streams.maxMessageBytes == 1_048_576)
        #expect(config.streams.lagAlarmEvents == 10_000)
        #expect(config.supervisor.rpcEndpoint == "ipc://\(state)/run/supervisor.rpc")
        #expect(config.supervisor.clockEndpoint == "ipc://\(state)/run/clock.pub")
        #expect(config.supervisor.storePath == "\(state)/supervisor.sqlite")
        #expect(config.supervisor.healthTimeout == .seconds(10))
        #expect(config.supervisor.grace == .seconds(5))
        #expect(config.supervisor.backoffInitial == .milliseconds(100))
        #expect(config.supervisor.backoffMax == .seconds(30))
        #expect(config.supervisor.crashLoopRestarts == 5)
        #expect(config.supervisor.crashLoopWindow == .seconds(60))
        #expect(
            config.services.map(\.name) == [
                "inventory", "payments", "fraud-hold", "orders", "simulator", "dispatch", "tracking",
            ])
        #expect(config.unmatchedEnvironment.isEmpty)

        let orders = try #require(config.service(named: "orders"))
        #expect(orders.executable == "dropline-orders")
        #expect(orders.arguments.isEmpty)
        #expect(orders.instances == 1)
        #expect(orders.logLevel == "info")
        #expect(orders.settings == ["reservation_ttl_seconds": "900"])
        #expect(orders.instanceNames == ["orders"])
        #expect(config.service(named: "fraud-hold")?.settings == ["hold_hours": "8", "review_threshold": "50"])
        #expect(config.service(named: "nope") == nil)

        // R6: dispatch is a partitioned worker group; its partitions are instances of their own
        let dispatch = try #require(config.service(named: "dispatch"))
        #expect(dispatch.isGroup && dispatch.instances == 2 && dispatch.partitions == 8)
        #expect(dispatch.instanceNames == ["dispatch.1", "dispatch.2"])
        #expect(dispatch.partitionNames.first == "dispatch.p0" && dispatch.partitionNames.last == "dispatch.p7")
        let partition = try #require(config.instance(named: "dispatch.p3"))
        #expect(
            partition.storePath == "\(state)/dispatch.p3.sqlite" && partition.rpcEndpoint.hasSuffix("dispatch.p3.rpc"))
        #expect(config.instance(named: "dispatch.p8") == nil && config.instance(named: "dispatch.p03") == nil)
    }

    @Test("Deploy/dropline.yaml is byte-identical to it")
    func deployCopyMatches() throws {
        let root = try #require(repositoryRoot())
        let deployed = try Data(contentsOf: root.appendingPathComponent("Deploy/dropline.yaml"))
        #expect(deployed == Data(MeshConfiguration.embeddedDefaultYAML.utf8))
    }

    @Test("loading the default as a file gives the same configuration")
    func defaultAsFile() throws {
        let scratch = try ScratchDirectory()
        let fromFile = try scratch.load(yaml: MeshConfiguration.embeddedDefaultYAML)
        #expect(try fromFile == scratch.load())
    }

    @Test(
        "a relative state_dir resolves against the working directory, standardized",
        arguments: [
            ("state", "/state"), ("./a/../b/", "/b"), ("../up", "/../up"),
        ])
    func relativeStateDirectory(stateDir: String, suffix: String) throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load(overrides: ["state_dir=\(stateDir)"])
        let expected = URL(fileURLWithPath: scratch.path + suffix).standardizedFileURL.path
        #expect(config.stateDirectory == expected)
        #expect(config.supervisor.storePath == expected + "/supervisor.sqlite")
    }

    @Test("an absolute state_dir is kept")
    func absoluteStateDirectory() throws {
        let config = try ScratchDirectory().load(overrides: ["state_dir=/var/lib/dropline/"])
        #expect(config.stateDirectory == "/var/lib/dropline")
        #expect(config.instance(named: "orders")?.rpcEndpoint == "ipc:///var/lib/dropline/run/orders.rpc")
    }
}
