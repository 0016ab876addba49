import MeshConfig
import Testing

@Suite("Instances")
struct InstanceLookupTests {
    @Test("a single-instance service's one instance is named like the service")
    func singleInstance() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load()
        let state = scratch.defaultStateDirectory
        let sink = try #require(config.instance(named: "probe-sink"))
        #expect(sink.name == "probe-sink")
        #expect(sink.serviceName == "probe-sink")
        #expect(sink.index == nil)
        #expect(sink.publishEndpoint == "ipc://\(state)/run/probe-sink.pub")
        #expect(sink.rpcEndpoint == "ipc://\(state)/run/probe-sink.rpc")
        #expect(sink.storePath == "\(state)/probe-sink.sqlite")
        #expect(config.service(named: "probe-sink")?.instance(1) == sink)
        #expect(config.instance(named: "probe-sink.1") == nil)
        #expect(config.instance(named: "nope") == nil)
    }

    @Test("a group's members are numbered, up to 64 even beyond the configured count")
    func group() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load(overrides: ["services.probe-sink.instances=3"])
        let sink = try #require(config.service(named: "probe-sink"))
        #expect(sink.isGroup)
        #expect(sink.instanceNames == ["probe-sink.1", "probe-sink.2", "probe-sink.3"])
        #expect(config.instance(named: "probe-sink") == nil)
        let state = scratch.defaultStateDirectory
        let member = try #require(config.instance(named: "probe-sink.2"))
        #expect(member.name == "probe-sink.2")
        #expect(member.serviceName == "probe-sink")
        #expect(member.index == 2)
        #expect(member.rpcEndpoint == "ipc://\(state)/run/probe-sink.2.rpc")
        #expect(member.storePath == "\(state)/probe-sink.2.sqlite")
        #expect(member == sink.instance(2))
        #expect(config.instance(named: "probe-sink.64")?.index == 64)
    }

    @Test(
        "names that are no instance find nothing",
        arguments: [
            "probe-sink.0", "probe-sink.65", "probe-sink.02", "probe-sink.+2", "probe-sink.", "probe-sink.x", ".1", "",
        ])
    func notAnInstance(name: String) throws {
        let config = try ScratchDirectory().load(overrides: ["services.probe-sink.instances=3"])
        #expect(config.instance(named: name) == nil)
    }
}
