import Foundation
import MeshConfig
import Testing

@Suite("renderYAML")
struct RenderTests {
    /// Renders, writes the result to a file in another working directory, and loads it back.
    func roundTrip(_ config: MeshConfiguration) throws -> MeshConfiguration {
        let elsewhere = try ScratchDirectory()
        return try elsewhere.load(file: elsewhere.write(config.renderYAML(), to: "rendered.yaml"))
    }

    @Test("the default reads back to an equal configuration")
    func defaultRoundTrip() throws {
        let config = try ScratchDirectory().load()
        #expect(try roundTrip(config) == config)
    }

    @Test("a configuration with groups, settings and awkward strings reads back equal")
    func richRoundTrip() throws {
        let config = try ScratchDirectory().load(
            yaml: #"""
                log_level: notice
                clock: {mode: simulated, start: "2027-01-02T03:04:05.678Z"}
                streams: {heartbeat_ms: 1500, retention_events: 12}
                supervisor:
                  rpc: "tcp://127.0.0.1:7100"
                  store: "relative/sup.sqlite"
                services:
                  order-router:
                    executable: /opt/dropline/bin/router
                    args: ["--name", "with \"quotes\"", "back\\slash", "tab\there", "línea\nnueva", "007", "yes", "null", ""]
                    instances: 4
                    log_level: trace
                    settings: {max_rate: 5, flag: true, "odd key": "x: y", empty: "", "#hash": "{braces}"}
                  mailer:
                    executable: mailer
                    pub: "inproc://mailer-events"
                    store: "/var/tmp/{instance}.db"
                """#)
        let rendered = try roundTrip(config)
        #expect(rendered == config)
        #expect(rendered.service(named: "order-router")?.arguments.last == "")
        #expect(rendered.service(named: "order-router")?.settings["odd key"] == "x: y")
        #expect(rendered.clock.start.timeIntervalSince1970 == 1_798_859_045.678)
    }

    @Test("the rendering writes every key with placeholders resolved but {instance}")
    func renderedText() throws {
        let scratch = try ScratchDirectory()
        let text = try scratch.load(overrides: ["services.orders.instances=2"]).renderYAML()
        let state = scratch.defaultStateDirectory
        #expect(text.contains("state_dir: \"\(state)\"\n"))
        #expect(text.contains("  rpc: \"ipc://\(state)/run/supervisor.rpc\"\n"))
        #expect(text.contains("    pub: \"ipc://\(state)/run/{instance}.pub\"\n"))
        #expect(text.contains("    instances: 2\n"))
        #expect(text.contains("  heartbeat_ms: 1000\n"))
        #expect(!text.contains("{state}"))
    }
}
