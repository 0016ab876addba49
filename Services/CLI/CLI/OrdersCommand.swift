import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline orders …`: place, show, list, cancel orders and read a merchant's Unfulfilled Orders queue.
public struct OrdersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "orders",
        abstract: "Place, show, list and cancel orders, confirm their delivery; the Unfulfilled Orders queue.",
        subcommands: [Place.self, Show.self, List.self, Cancel.self, ConfirmDelivery.self, Unfulfilled.self])
    public init() {}

    struct Place: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Place an order (from flags, or --file with the placement JSON).",
            discussion: """
                The JSON of --file is the orders.place request (docs/api.md; example: \
                Deploy/examples/placement.json). Payment tokens of the test gateway: dropline payments test-cards.
                """)
        @OptionGroup var options: ServiceOptions
        @Option(help: "A JSON file with the whole placement request (docs/api.md).") var file: String?
        @Option var listing: String?
        @Option var sku: String?
        @Option var quantity = 1
        @Option(help: "The unit price the customer saw, e.g. 79.90.") var price: String?
        @Option(help: "ISO 4217 code, e.g. BRL.") var currency: String?
        @Option(help: "Customer and recipient name.") var customer: String?
        @Option var email: String?
        @Option var line1: String?
        @Option var line2: String?
        @Option var city: String?
        @Option var region: String?
        @Option var postalCode: String?
        @Option(help: "ISO 3166-1 alpha-2, e.g. BR.") var country: String?
        @Option var phone: String?
        @Option(help: "Payment token, e.g. tok_visa.") var token = "tok_visa"
        @Option(help: "Makes a retried placement return the first order.") var idempotencyKey: String?

        func run() async throws {
            let request = try file.map { try InputFile.readJSON($0, as: PlacementRequest.self) } ?? requestFromFlags()
            try await MeshConnection.printCall(
                options, StreamNames.orders, "orders.place", params: request, as: OrderSummary.self,
                retry: .placement(idempotencyKey: request.idempotencyKey), timeout: .seconds(15))
        }

        func requestFromFlags() throws -> PlacementRequest {
            func required(_ value: String?, _ flag: String) throws -> String {
                guard let value, !value.isEmpty else { throw ValidationError("--\(flag) is required (or use --file)") }
                return value
            }
            let code = try required(currency, "currency")
            guard let currencyCode = CurrencyCode(code) else {
                throw ValidationError("--currency \(code) is not an ISO 4217 currency")
            }
            let priceText = try required(price, "price")
            guard let minorUnits = AmountText.minorUnits(priceText, currency: currencyCode) else {
                throw ValidationError(
                    "--price \(priceText) is not an amount in \(code) (\(currencyCode.minorUnits) decimals)")
            }
            let recipient = try required(customer, "customer")
            // Which address fields a country requires is R1's to say (Japan needs no city): an absent one is sent
            // empty, and the service names it if the destination's format requires it.
            let address = Address(
                name: recipient, line1: line1 ?? "", line2: line2, city: city ?? "", region: region,
                postalCode: postalCode, country: try required(country, "country"), phone: phone)
            return PlacementRequest(
                listingID: ListingID(rawValue: try required(listing, "listing")), sku: try required(sku, "sku"),
                quantity: quantity, unitPrice: PlacementRequest.Price(minorUnits: minorUnits, currency: code),
                customer: PlacementRequest.Customer(name: recipient, email: try required(email, "email")),
                shippingAddress: address, paymentToken: token, idempotencyKey: idempotencyKey)
        }
    }

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An order with its timeline.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.orders, "orders.show", params: OrderReference(orderID: OrderID(rawValue: order)),
                as: OrderDetail.self, retry: .read)
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Orders newest first, a page at a time, with how many match (total) and the next page's cursor.",
            discussion: """
                Prints the orders.list answer as JSON: orders, total and nextCursor. Pass nextCursor as --after for \
                the next page, or give --all to follow the cursor to the last page. Paging is stable: an order \
                placed meanwhile comes before the first page, never twice or in another's place.
                """)
        @OptionGroup var options: ServiceOptions
        @Option var merchant: String?
        @Option(
            help: """
                Only this status: placed, held, under_review, released, dispatched, dispatch_exhausted, shipped, \
                confirmed_fulfilled, delivered, \
                declined, cancelled, refunded.
                """)
        var status: String?
        @Option(help: "Orders per page, 1 to \(OrderListRequest.maximumLimit) (default 50, or 500 with --all).")
        var limit: Int?
        @Option(help: "Start after this cursor, the nextCursor of an earlier page.") var after: String?
        @Flag(help: "Follow the cursor to the last page and print every order.") var all = false

        func validate() throws {
            if let limit, !(1...OrderListRequest.maximumLimit).contains(limit) {
                throw ValidationError("--limit must be from 1 to \(OrderListRequest.maximumLimit), got \(limit)")
            }
            if let status, OrderStatus(rawValue: status) == nil {
                let names = OrderStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--status must be one of \(names), got \"\(status)\"")
            }
        }

        func run() async throws {
            var request = OrderListRequest(
                merchantID: merchant.map(MerchantID.init(rawValue:)), status: status,
                limit: limit ?? (all ? OrderListRequest.maximumLimit : OrderListRequest.defaultLimit), after: after)
            let list = try await MeshConnection.with(options) { mesh in
                var list = try await mesh.call(
                    StreamNames.orders, "orders.list", params: request, as: OrderList.self, retry: .read)
                while all, let next = list.nextCursor {
                    request.after = next
                    let page = try await mesh.call(
                        StreamNames.orders, "orders.list", params: request, as: OrderList.self, retry: .read)
                    list = OrderList(orders: list.orders + page.orders, total: page.total, nextCursor: page.nextCursor)
                }
                return list
            }
            try JSONOutput.print(list)
        }
    }

    struct Cancel: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Cancel an order: the customer during its 8-hour hold, the merchant until it ships.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String
        @Option(help: "Who cancels: customer (during the hold) or merchant (after release, before shipping).")
        var by: OrderCancellationRequest.Canceller = .customer

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.orders, "orders.cancel",
                params: OrderCancellationRequest(orderID: OrderID(rawValue: order), by: by), as: OrderSummary.self,
                retry: .idempotent)
        }
    }

    struct Unfulfilled: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A merchant's Unfulfilled Orders queue, oldest first, with how many it holds (total).")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The merchant id.") var merchant: String
        @Option(help: "How many of the oldest orders to show (1 to 500).") var limit = 100

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.orders, "orders.unfulfilled",
                params: UnfulfilledRequest(merchantID: MerchantID(rawValue: merchant), limit: limit),
                as: UnfulfilledQueueView.self, retry: .read)
        }
    }
}
