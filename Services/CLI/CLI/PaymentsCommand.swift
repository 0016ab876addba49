import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline payments …`: an order's authorisation, and the test gateway's documented tokens.
public struct PaymentsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "payments", abstract: "Authorisations and the test gateway's tokens.",
        subcommands: [Show.self, TestCards.self])
    public init() {}

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An order's authorisation.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.payments, "payments.show",
                params: PaymentReference(orderID: OrderID(rawValue: order)), as: AuthorisationView.self,
                retry: .read)
        }
    }

    struct TestCards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "test-cards", abstract: "The test gateway's tokens and card numbers, and what each does.")
        @OptionGroup var options: ServiceOptions

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.payments, "payments.test_cards", params: Empty(), as: TestCardsView.self,
                retry: .read)
        }
    }
}
