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
            try await MeshConnection.printCall(
                options, StreamNames.inventory, "inventory.load", params: try CatalogFile.read(file),
                as: CatalogLoadResult.self, retry: .idempotent)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Show a listing's stock, or every listing.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "A listing id; omit to list all.") var listing: String?
        @Option(help: "Only this merchant's listings.") var merchant: String?

        func run() async throws {
            if let listing {
                try await MeshConnection.printCall(
                    options, StreamNames.inventory, "inventory.listing",
                    params: ListingRequest(listingID: ListingID(rawValue: listing)), as: ListingView.self,
                    retry: .read)
            } else {
                try await MeshConnection.printCall(
                    options, StreamNames.inventory, "inventory.listings",
                    params: ListingsRequest(merchantID: merchant.map(MerchantID.init(rawValue:))),
                    as: ListingSummaries.self, retry: .read)
            }
        }
    }
}
