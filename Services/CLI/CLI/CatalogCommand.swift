import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline catalog load FILE`: merchants, suppliers and listings with stock, from JSON or CSV.
public struct CatalogCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "catalog", abstract: "Load merchants, suppliers, listings and stock.",
        subcommands: [Load.self, Show.self])
    public init() {}

    struct Load: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Load a catalogue file (.json: merchants, suppliers, listings; .csv: listings).",
            discussion: "Examples: Deploy/examples/catalog.json and Deploy/examples/listings.csv.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The .json or .csv file.") var file: String

        func run() async throws {
            let catalog = try CatalogFile.read(file)
            let body = try DomainTime.makeEncoder().encode(catalog)
            try await MeshConnection.printCall(options, StreamNames.inventory, "inventory.load", body: body)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a listing's stock, or every listing.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "A listing id; omit to list all.") var listing: String?
        @Option(help: "Only this merchant's listings.") var merchant: String?

        func run() async throws {
            if let listing {
                let body = try JSONOutput.body(["listingID": listing])
                try await MeshConnection.printCall(options, StreamNames.inventory, "inventory.listing", body: body)
            } else {
                let body = try JSONOutput.body(merchant.map { ["merchantID": $0] } ?? [:])
                try await MeshConnection.printCall(options, StreamNames.inventory, "inventory.listings", body: body)
            }
        }
    }
}
