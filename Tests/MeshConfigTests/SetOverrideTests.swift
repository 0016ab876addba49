import MeshConfig
import Testing

@Suite("--set overrides and precedence")
struct SetOverrideTests {
    @Test("set values by dotted path, parsed as YAML")
    func overrides() throws {
        let config = try ScratchDirectory().load(overrides: [
            "streams.heartbeat_ms=200",
            "services.fraud-hold.args=[--verbose, \"5\"]",
            "supervisor.store={state}/elsewhere/sup.sqlite",
            "clock={mode: simulated}",
            "services.orders.settings.note=a=b",
        ])
        #expect(config.streams.heartbeatInterval == .milliseconds(200))
        #expect(config.service(named: "fraud-hold")?.arguments == ["--verbose", "5"])
        #expect(config.supervisor.storePath == config.stateDirectory + "/elsewhere/sup.sqlite")
        #expect(config.clock.mode == .simulated)
        #expect(config.service(named: "orders")?.settings == ["reservation_ttl_seconds": "900", "note": "a=b"])
    }

    @Test("add a service at the end of the start order")
    func addService() throws {
        let config = try ScratchDirectory().load(overrides: ["services.extra.executable=extra-bin"])
        #expect(
            config.services.map(\.name) == [
                "inventory", "payments", "fraud-hold", "orders", "simulator", "dispatch", "tracking", "extra",
            ])
    }

    @Test("replace all services when set whole")
    func replaceServices() throws {
        let config = try ScratchDirectory().load(overrides: ["services={solo: {executable: s}}"])
        #expect(config.services.map(\.name) == ["solo"])
    }

    @Test("the later of two wins")
    func laterWins() throws {
        let config = try ScratchDirectory().load(overrides: ["log_level=debug", "log_level=error"])
        #expect(config.logLevel == "error")
    }

    @Test("--set beats the environment, which beats the file, which beats the default")
    func precedence() throws {
        let config = try ScratchDirectory().load(
            yaml: "streams:\n  heartbeat_ms: 300\n  fetch_credit: 300\n  lag_alarm_events: 300\n",
            environment: ["DROPLINE_STREAMS_HEARTBEAT_MS": "200", "DROPLINE_STREAMS_FETCH_CREDIT": "200"],
            overrides: ["streams.heartbeat_ms=100"])
        #expect(config.streams.heartbeatInterval == .milliseconds(100))
        #expect(config.streams.fetchCredit == 200)
        #expect(config.streams.lagAlarmEvents == 300)
        #expect(config.streams.batchMax == 500)
    }

    @Test(
        "a path the schema lacks, or a malformed override, is an error",
        arguments: [
            (
                "streams.heartbeat=5",
                "config key 'streams.heartbeat': unknown key (known: heartbeat_ms, fetch_credit, batch_max, retention_events, max_message_bytes, max_frame_bytes, lag_alarm_events)"
            ),
            (
                "colour=blue",
                "config key 'colour': unknown key (known: state_dir, log_level, clock, streams, supervisor, services, carriers, confirmed_delivery)"
            ),
            ("log_level.x=1", "config key 'log_level.x': unknown key ('log_level' has no keys)"),
            (
                "services.orders.settings.a.b=1",
                "config key 'services.orders.settings.a.b': unknown key ('services.orders.settings.a' has no keys)"
            ),
            (
                "services.orders.instancs=2",
                "config key 'services.orders.instancs': unknown key (known: executable, args, instances, partitions, pub, rpc, store, log_level, settings)"
            ),
            (
                "=5",
                "config key '': unknown key (known: state_dir, log_level, clock, streams, supervisor, services, carriers, confirmed_delivery)"
            ),
            ("streams.heartbeat_ms", "override 'streams.heartbeat_ms': expected key=value"),
        ])
    func rejected(override: String, message: String) throws {
        let error = try ScratchDirectory().loadError(overrides: [override])
        #expect(error?.description == message)
    }
}
