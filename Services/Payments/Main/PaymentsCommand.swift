import ArgumentParser
import Payments
import ServiceKit

/// `dropline-payments`: Authorise, void, capture and refund payments (R3, R5, R15).
@main
struct PaymentsCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-payments", abstract: "Authorise, void, capture and refund payments (R3, R5, R15).")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "payments", publishes: true, migrations: PaymentsStore.migrate)
        try await PaymentsService.run(host: host)
    }
}
