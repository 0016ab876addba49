import ArgumentParser
import Orders
import ServiceKit

/// `dropline-orders`: Take, hold and release customers' orders (R1-R5).
@main
struct OrdersCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-orders", abstract: "Take, hold and release customers' orders (R1-R5).")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "orders", publishes: true, migrations: OrdersStore.migrate)
        try await OrdersService.run(host: host)
    }
}
