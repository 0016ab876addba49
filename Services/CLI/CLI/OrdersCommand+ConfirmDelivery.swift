import ArgumentParser
import Contracts
import ServiceKit

extension OrdersCommand {
    /// `dropline orders confirm-delivery ORDER` (R11): the customer confirms receipt of a shipped order.
    struct ConfirmDelivery: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "confirm-delivery",
            abstract: "Confirm, as the customer, that a shipped order arrived (R11); a second call changes nothing.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.orders, "orders.confirm_delivery",
                params: OrderReference(orderID: OrderID(rawValue: order)), as: OrderSummary.self, retry: .idempotent)
        }
    }
}
