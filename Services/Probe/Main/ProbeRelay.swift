import ArgumentParser
import ServiceKit
import Streams

/// `dropline-probe relay`: a stateless process, as the HTTP gateway will be. It owns no store and consumes no
/// stream; it answers `probe.relay` by asking a sink for its `probe.summary` through the client its host gives.
struct ProbeRelay: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "relay", abstract: "Answer probe.relay with a sink's summary, keeping no state.")
    @OptionGroup var options: ServiceOptions
    @Option(help: "The sink instance whose summary probe.relay answers.") var sink = "probe-sink"

    func run() async throws {
        let host = try await StatelessHost.launch(options, defaultName: "probe-relay")
        let sink = try host.client(for: sink)
        var router = RPCRouter()
        router.register("probe.relay") { body in try await sink.call("probe.summary", body: body) }
        try await host.run(methods: router)
    }
}
