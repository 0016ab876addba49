import MeshConfig
import Testing

@Suite("DROPLINE_* environment variables")
struct EnvironmentOverrideTests {
    @Test("set an integer, a string, a list, a dashed service's key and a key the document lacks")
    func overrides() throws {
        let config = try ScratchDirectory().load(environment: [
            "DROPLINE_STREAMS_HEARTBEAT_MS": "200",
            "DROPLINE_LOG_LEVEL": "debug",
            "DROPLINE_SERVICES_FRAUD_HOLD_ARGS": "[--verbose, \"5\"]",
            "DROPLINE_SERVICES_ORDERS_INSTANCES": "3",
            "DROPLINE_SERVICES_ORDERS_SETTINGS": "{window: 10}",
        ])
        #expect(config.streams.heartbeatInterval == .milliseconds(200))
        #expect(config.logLevel == "debug")
        #expect(config.service(named: "orders")?.logLevel == "debug")
        #expect(config.service(named: "fraud-hold")?.arguments == ["--verbose", "5"])
        #expect(config.service(named: "orders")?.instances == 3)
        #expect(config.service(named: "orders")?.settings == ["window": "10", "reservation_ttl_seconds": "900"])
        #expect(config.unmatchedEnvironment.isEmpty)
    }

    @Test("reach the keys of a file's services and settings")
    func fileServices() throws {
        let config = try ScratchDirectory().load(
            yaml: "services:\n  order-router:\n    executable: router\n    settings:\n      max_rate: 5\n",
            environment: [
                "DROPLINE_SERVICES_ORDER_ROUTER_SETTINGS_MAX_RATE": "7",
                "DROPLINE_SERVICES_ORDER_ROUTER_STORE": "/data/{instance}.db",
            ])
        let router = try #require(config.service(named: "order-router"))
        #expect(router.settings == ["max_rate": "7"])
        #expect(config.instance(named: "order-router")?.storePath == "/data/order-router.db")
    }

    @Test("that match nothing are reported, sorted; reserved and foreign names are not")
    func unmatched() throws {
        let config = try ScratchDirectory().load(environment: [
            "DROPLINE_SERVICES_NOPE_INSTANCES": "2",
            "DROPLINE_BOGUS": "1",
            "DROPLINE_": "x",
            "DROPLINE_CONFIG": "/etc/dropline.yaml",
            "DROPLINE_NAME": "orders",
            "DROPLINE_SUPERVISOR_PID": "4242",
            "PATH": "/usr/bin",
            "dropline_log_level": "trace",
        ])
        #expect(config.unmatchedEnvironment == ["DROPLINE_", "DROPLINE_BOGUS", "DROPLINE_SERVICES_NOPE_INSTANCES"])
        #expect(config.logLevel == "info")
    }

    @Test("with an invalid value fail like the key would")
    func invalidValue() throws {
        let error = try ScratchDirectory().loadError(environment: ["DROPLINE_STREAMS_HEARTBEAT_MS": "abc"])
        #expect(error?.description == "config key 'streams.heartbeat_ms': expected a positive integer, got \"abc\"")
        #expect(error?.key == "streams.heartbeat_ms")
        #expect(error?.reason == "expected a positive integer, got \"abc\"")
    }

    @Test("naming two keys at once is an error")
    func ambiguous() throws {
        let scratch = try ScratchDirectory()
        let file = try scratch.write(
            """
            services:
              a:
                executable: x
                settings: {rpc: 1}
              a-settings:
                executable: y
            """)
        let error = scratch.loadError(file: file, environment: ["DROPLINE_SERVICES_A_SETTINGS_RPC": "tcp://h:1"])
        #expect(
            error?.description == "environment variable 'DROPLINE_SERVICES_A_SETTINGS_RPC': "
                + "matches more than one key: services.a.settings.rpc, services.a-settings.rpc")
    }
}
