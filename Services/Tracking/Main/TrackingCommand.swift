import ArgumentParser
import ServiceKit
import Tracking

/// `dropline-tracking`: Follow shipments, scans and the fulfilment deadlines (R8-R11).
@main
struct TrackingCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-tracking", abstract: "Follow shipments, scans and the fulfilment deadlines (R8-R11).")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "tracking", publishes: true, migrations: TrackingStore.migrate)
        try await TrackingService.run(host: host)
    }
}
