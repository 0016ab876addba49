import MeshConfig
import Testing

@Suite("Instances")
struct InstanceLookupTests {
    @Test("a single-instance service's one instance is named like the service")
    func singleInstance() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load()
        let state = scratch.defaultStateDirectory
        let sink = try #require(config.instance(named: "orders"))
        #expect(sink.name == "orders")
        #expect(sink.serviceName == "orders")
        #expect(sink.index == nil)
        #expect(sink.publishEndpoint == "ipc://\(state)/run/orders.pub")
        #expect(sink.rpcEndpoint == "ipc://\(state)/run/orders.rpc")
        #expect(sink.storePath == "\(state)/orders.sqlite")
        #expect(config.service(named: "orders")?.instance(1) == sink)
        #expect(config.instance(named: "orders.1") == nil)
        #expect(config.instance(named: "nope") == nil)
    }

    @Test("a group's members are numbered, up to 64 even beyond the configured count")
    func group() throws {
        let scratch = try ScratchDirectory()
        let config = try scratch.load(overrides: ["services.orders.instances=3"])
        let sink = try #require(config.service(named: "orders"))
        #expect(sink.isGroup)
        #expect(sink.instanceNames == ["orders.1", "orders.2", "orders.3"])
        #expect(config.instance(named: "orders") == nil)
        let state = scratch.defaultStateDirectory
        let member = try #require(config.instance(named: "orders.2"))
        #expect(member.name == "orders.2")
        #expect(member.serviceName == "orders")
        #expect(member.index == 2)
        #expect(member.rpcEndpoint == "ipc://\(state)/run/orders.2.rpc")
        #expect(member.storePath == "\(state)/orders.2.sqlite")
        #expect(member == sink.instance(2))
        #expect(config.instance(named: "orders.64")?.index == 64)
    }

    @Test(
        "names that are no instance find nothing",
        arguments: [
            "orders.0", "orders.65", "orders.02", "orders.+2", "orders.", "orders.x", ".1", "",
        ])
    func notAnInstance(name: String) throws {
        let config = try ScratchDirectory().load(overrides: ["services.orders.instances=3"])
        #expect(config.instance(named: name) == nil)
    }
}
