import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline review …`: the fraud review queue (R4).
public struct ReviewCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "review", abstract: "The fraud review queue: list, approve, reject.",
        subcommands: [Queue.self, Approve.self, Reject.self], defaultSubcommand: Queue.self)
    public init() {}

    struct Queue: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Orders waiting for a reviewer, oldest first.")
        @OptionGroup var options: ServiceOptions
        @Option(help: "Only this merchant's orders.") var merchant: String?

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.fraudHold, "fraud.queue",
                params: ReviewQueueRequest(merchantID: merchant.map(MerchantID.init(rawValue:))),
                as: ReviewQueueResult.self, retry: .read)
        }
    }

    struct Approve: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Approve an order under review.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String
        @Option(help: "Who decides.") var reviewer = ProcessInfo.processInfo.environment["USER"] ?? "operator"

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.fraudHold, "fraud.approve",
                params: ApproveReviewRequest(orderID: OrderID(rawValue: order), reviewer: reviewer),
                as: FraudReviewApproved.self, retry: .idempotent)
        }
    }

    struct Reject: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Reject an order under review: it is cancelled.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String
        @Option(help: "Why (kept with the order).") var reason: String
        @Option(help: "Who decides.") var reviewer = ProcessInfo.processInfo.environment["USER"] ?? "operator"

        func run() async throws {
            try await MeshConnection.printCall(
                options, StreamNames.fraudHold, "fraud.reject",
                params: ReasonedReviewRequest(orderID: OrderID(rawValue: order), reviewer: reviewer, reason: reason),
                as: FraudReviewRejected.self, retry: .idempotent)
        }
    }
}
