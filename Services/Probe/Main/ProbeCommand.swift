import ArgumentParser
import Probe
import ServiceKit

/// `dropline-probe`: a synthetic stream source or sink, run by the supervisor like any service.
@main
struct ProbeCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-probe", abstract: "Publish or consume a synthetic stream, or relay without state.",
        subcommands: [Source.self, Sink.self, ProbeRelay.self])

    struct Source: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Publish probe.ticked events.")
        @OptionGroup var options: ServiceOptions
        @Option(help: "Events per second emitted steadily (0: only on probe.emit).") var rate = 0

        func run() async throws {
            let host = try await ServiceHost.launch(
                options, defaultName: "probe-source", publishes: true, migrations: ProbeStore.migrate)
            try await ProbeService.runSource(host: host, rate: rate)
        }
    }

    struct Sink: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Consume a probe stream exactly once.")
        @OptionGroup var options: ServiceOptions
        @Option(help: "The publishing instance to consume.") var source = "probe-source"

        func run() async throws {
            let host = try await ServiceHost.launch(
                options, defaultName: "probe-sink", publishes: false, migrations: ProbeStore.migrate)
            try await ProbeService.runSink(host: host, source: source)
        }
    }
}
