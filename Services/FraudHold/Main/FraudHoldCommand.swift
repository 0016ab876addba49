import ArgumentParser
import FraudHold
import ServiceKit

/// `dropline-fraud-hold`: Hold every order 8 hours and review risky ones (R4).
@main
struct FraudHoldCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-fraud-hold", abstract: "Hold every order 8 hours and review risky ones (R4).")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "fraud-hold", publishes: true, migrations: FraudHoldStore.migrate)
        try await FraudHoldService.run(host: host)
    }
}
