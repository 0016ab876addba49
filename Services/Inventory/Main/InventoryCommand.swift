import ArgumentParser
import Inventory
import ServiceKit

/// `dropline-inventory`: Own listings and stock; reserve without overselling (R2, R16).
@main
struct InventoryCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline-inventory", abstract: "Own listings and stock; reserve without overselling (R2, R16).")

    @OptionGroup var options: ServiceOptions

    func run() async throws {
        let host = try await ServiceHost.launch(
            options, defaultName: "inventory", publishes: true, migrations: InventoryStore.migrate)
        try await InventoryService.run(host: host)
    }
}
