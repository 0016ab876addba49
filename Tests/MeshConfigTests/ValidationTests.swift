import Foundation
import MeshConfig
import Testing

@Suite("Validation")
struct ValidationTests {
    static let longFolder = "/" + String(repeating: "x", count: 100)

    /// Each override makes the configuration invalid in one way, and this is the one line that says so.
    static let invalidValues: [(String, String)] = [
        ("streams.heartbeat_ms=abc", "config key 'streams.heartbeat_ms': expected a positive integer, got \"abc\""),
        ("streams.heartbeat_ms=0", "config key 'streams.heartbeat_ms': expected a positive integer, got 0"),
        ("streams.heartbeat_ms=1.5", "config key 'streams.heartbeat_ms': expected a positive integer, got 1.5"),
        ("supervisor.grace_ms=-5", "config key 'supervisor.grace_ms': expected a positive integer, got -5"),
        (
            "supervisor.health_timeout_ms=",
            "config key 'supervisor.health_timeout_ms': expected a positive integer, got null"
        ),
        (
            "supervisor.crash_loop_window_ms=[1]",
            "config key 'supervisor.crash_loop_window_ms': expected a positive integer, got a list"
        ),
        (
            "supervisor.crash_loop_restarts=0",
            "config key 'supervisor.crash_loop_restarts': expected a positive integer, got 0"
        ),
        (
            "streams.fetch_credit=100001",
            "config key 'streams.fetch_credit': expected an integer in 1...100000, got 100001"
        ),
        ("streams.batch_max=0", "config key 'streams.batch_max': expected an integer in 1...100000, got 0"),
        ("streams.batch_max=\"5\"", "config key 'streams.batch_max': expected an integer in 1...100000, got \"5\""),
        (
            "streams.retention_events=-1",
            "config key 'streams.retention_events': expected a non-negative integer, got -1"
        ),
        ("streams.lag_alarm_events=0", "config key 'streams.lag_alarm_events': expected a positive integer, got 0"),
        (
            "streams.max_message_bytes=1023",
            "config key 'streams.max_message_bytes': expected an integer in 1024...67108864 (1 KiB to 64 MiB), got 1023"
        ),
        (
            "streams.max_message_bytes=67108865",
            "config key 'streams.max_message_bytes': expected an integer in 1024...67108864 (1 KiB to 64 MiB), got 67108865"
        ),
        (
            "services.orders.instances=65",
            "config key 'services.orders.instances': expected an integer in 1...64, got 65"
        ),
        (
            "services.orders.instances=0",
            "config key 'services.orders.instances': expected an integer in 1...64, got 0"
        ),
        (
            "supervisor.backoff_initial_ms=40000",
            "config key 'supervisor.backoff_initial_ms': expected at most backoff_max_ms (30000), got 40000"
        ),
        (
            "log_level=verbose",
            "config key 'log_level': expected one of trace, debug, info, notice, warning, error, critical, got \"verbose\""
        ),
        (
            "services.orders.log_level=loud",
            "config key 'services.orders.log_level': expected one of trace, debug, info, notice, warning, error, critical, got \"loud\""
        ),
        ("clock.mode=realtime", "config key 'clock.mode': expected one of system, simulated, got \"realtime\""),
        ("clock.resolution_ms=0", "config key 'clock.resolution_ms': expected a positive integer, got 0"),
        ("clock.settle_timeout_ms=-1", "config key 'clock.settle_timeout_ms': expected a positive integer, got -1"),
        (
            "clock.start=yesterday",
            "config key 'clock.start': expected an ISO 8601 date and time such as \"2026-11-22T00:00:00Z\", got \"yesterday\""
        ),
        (
            "clock.start=2026-11-22",
            "config key 'clock.start': expected an ISO 8601 date and time such as \"2026-11-22T00:00:00Z\", got 2026-11-22"
        ),
        (
            "supervisor.rpc=http://host:80",
            "config key 'supervisor.rpc': expected an endpoint starting with ipc://, tcp://, inproc://, got \"http://host:80\""
        ),
        (
            "services.orders.pub=ipc://",
            "config key 'services.orders.pub': expected an endpoint starting with ipc://, tcp://, inproc://, got \"ipc://\""
        ),
        (
            "supervisor.pub=ipc://{state}/{instance}.pub",
            "config key 'supervisor.pub': unknown placeholder '{instance}' in \"ipc://{state}/{instance}.pub\" (known: {state})"
        ),
        (
            "services.orders.store={state}/{name}.db",
            "config key 'services.orders.store': unknown placeholder '{name}' in \"{state}/{name}.db\" (known: {state}, {instance})"
        ),
        (
            "state_dir=\(longFolder)",
            "config key 'supervisor.rpc': ipc path is 120 bytes, more than the 107 a Unix socket address holds: \"ipc://\(longFolder)/run/supervisor.rpc\""
        ),
        (
            "services.orders.rpc=ipc://\(longFolder)/{instance}",
            "config key 'services.orders.rpc': ipc path is 108 bytes, more than the 107 a Unix socket address holds: \"ipc://\(longFolder)/orders\""
        ),
        (
            "services.Probe.executable=x",
            "config key 'services.Probe': invalid service name \"Probe\": expected a lower-case letter, then lower-case letters, digits or dashes"
        ),
        (
            "services.2fa.executable=x",
            "config key 'services.2fa': invalid service name \"2fa\": expected a lower-case letter, then lower-case letters, digits or dashes"
        ),
        ("services.extra.args=[a]", "config key 'services.extra.executable': required key is missing"),
        ("services.extra=x", "config key 'services.extra': expected a mapping, got \"x\""),
        (
            "services.orders.executable=\"\"",
            "config key 'services.orders.executable': expected a non-empty string, got \"\""
        ),
        ("services.orders.args=5", "config key 'services.orders.args': expected a list of strings, got 5"),
        (
            "services.orders.args=[[a]]",
            "config key 'services.orders.args': expected a list of strings, got a list"
        ),
        (
            "services.orders.settings=[a]",
            "config key 'services.orders.settings': expected a mapping of scalars, got a list"
        ),
        (
            "services.orders.settings.limits={a: 1}",
            "config key 'services.orders.settings.limits': expected a scalar, got a mapping"
        ),
        ("state_dir=", "config key 'state_dir': expected a non-empty string, got null"),
        ("clock=5", "config key 'clock': expected a mapping, got 5"),
        ("services=[]", "config key 'services': expected a mapping, got a list"),
        (
            "services.fraud-hold.rpc=tcp://127.0.0.1:7000",
            "config key 'services.orders.rpc': \"tcp://127.0.0.1:7000\" is also used by services.fraud-hold.rpc (instance 'fraud-hold')"
        ),
        (
            "services.orders.instances=2",
            "config key 'services.orders.store': \"/tmp/same.sqlite\" is also used by services.orders.store (instance 'orders.1')"
        ),
    ]

    @Test("an invalid value is one error naming the key, the rule and the value", arguments: invalidValues)
    func invalidValue(override: String, message: String) throws {
        let extra: [String] =
            switch override {
            case "services.fraud-hold.rpc=tcp://127.0.0.1:7000": ["services.orders.rpc=tcp://127.0.0.1:7000"]
            case "services.orders.instances=2": ["services.orders.store=/tmp/same.sqlite"]
            default: []
            }
        let error = try #require(try ScratchDirectory().loadError(overrides: [override] + extra))
        #expect(error.description == message)
        #expect(!error.description.contains("\n"))
    }

    @Test(
        "an unknown key in a file is an error, at the top level and nested",
        arguments: [
            (
                "lg_level: info\n",
                "config key 'lg_level': unknown key (known: state_dir, log_level, clock, streams, supervisor, services, carriers, confirmed_delivery)"
            ),
            (
                "streams:\n  heartbeat: 5\n",
                "config key 'streams.heartbeat': unknown key (known: heartbeat_ms, fetch_credit, batch_max, retention_events, max_message_bytes, max_frame_bytes, lag_alarm_events)"
            ),
            (
                "clock:\n  zone: UTC\n",
                "config key 'clock.zone': unknown key (known: mode, start, resolution_ms, settle_timeout_ms)"
            ),
            (
                "services:\n  orders:\n    executable: x\n    instancs: 2\n",
                "config key 'services.orders.instancs': unknown key (known: executable, args, instances, partitions, pub, rpc, store, log_level, settings)"
            ),
        ])
    func unknownKey(yaml: String, message: String) throws {
        let scratch = try ScratchDirectory()
        let error = try #require(scratch.loadError(file: scratch.write(yaml)))
        #expect(error.description == message)
        #expect(error.key == message.split(separator: "'")[1].description)
        #expect(error.reason.hasPrefix("unknown key (known: "))
    }

    @Test("an ipc path of 107 bytes fits, one of 108 does not")
    func ipcPathLimit() throws {
        let scratch = try ScratchDirectory()
        let fits = "ipc:///" + String(repeating: "f", count: 106)
        #expect(try scratch.load(overrides: ["supervisor.rpc=\(fits)"]).supervisor.rpcEndpoint == fits)
        let error = scratch.loadError(overrides: ["supervisor.rpc=\(fits)f"])
        #expect(error?.key == "supervisor.rpc")
        #expect(error?.reason.hasPrefix("ipc path is 108 bytes, more than the 107") == true)
    }

    @Test("services may be empty; the mesh then runs only the supervisor")
    func noServices() throws {
        #expect(try ScratchDirectory().load(overrides: ["services={}"]).services.isEmpty)
    }

    @Test("a clock start with an offset or a fraction parses to the instant it names")
    func clockStartForms() throws {
        let scratch = try ScratchDirectory()
        let offset = try scratch.load(overrides: ["clock.start=2026-11-22T02:00:00+02:00"])
        #expect(offset.clock.start.timeIntervalSince1970 == 1_795_305_600)
        let fraction = try scratch.load(overrides: ["clock.start=\"2026-11-22T00:00:00.250Z\""])
        #expect(fraction.clock.start.timeIntervalSince1970 == 1_795_305_600.25)
    }
}
