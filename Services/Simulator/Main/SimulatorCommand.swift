import ArgumentParser
import ServiceKit
import Simulator

/// `dropline-simulator`: Play the suppliers that acknowledge, ship or reject purchase orders, and the carriers that
/// scan parcels (R6, R7, R10, R11).
@main
struct SimulatorCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-simulator",
        abstract:
            "Play the suppliers that acknowledge, ship or reject purchase orders, and the carriers that scan parcels.")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "simulator", publishes: true, migrations: SimulatorStore.migrate)
        try await SimulatorService.run(host: host)
    }
}
