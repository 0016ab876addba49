import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit

/// `dropline carriers list [--json]` (R9): the mesh config's carriers, with no running mesh: each carrier's
/// tracking-number formats, origins and destinations, and each service level's transit days, last-mile tracking,
/// destinations and prices by zone; then the Confirmed Delivery table.
public struct CarriersListCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "list", abstract: "The configured carriers, their formats and service levels (R9).")
    @OptionGroup var options: ServiceOptions
    @Flag(help: "Print the carriers as JSON.") var json = false
    public init() {}

    public func run() async throws {
        let config = try options.loadConfiguration()
        let listing = CarrierListing(config.carriers, confirmedDelivery: config.confirmedDelivery)
        if json {
            try JSONOutput.print(listing)
        } else {
            print(listing.text())
        }
    }
}
