import ArgumentParser
import Contracts
import Foundation
import ServiceKit
import Streams

/// `dropline dispatch …`: released orders on their way to suppliers (R6, R7, R15), routed to the partition that
/// owns each order, or asked of every partition.
public struct DispatchCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "dispatch", abstract: "Purchase orders of released orders: show, list, retry, report a problem.",
        subcommands: [Show.self, List.self, Documents.self, Retry.self, ReportProblem.self, Workers.self])
    public init() {}

    struct Show: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "An order's dispatch and its purchase orders.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String

        func run() async throws {
            try await DispatchCommand.callOwner(
                options, order, "dispatch.show", params: DispatchReference(orderID: OrderID(rawValue: order)),
                retry: .read)
        }
    }

    struct Documents: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "A purchase order's documents as sent: packing list, invoice, commercial invoice (R6, R9).",
            discussion: "Prints them as JSON, or with --out writes <po>.<kind>.<language>.html and .json files.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The purchase order id, po_<order id>_<attempt>.") var purchaseOrder: String
        @Option(help: "A folder to write the documents into.") var out: String?

        func validate() throws {
            guard DispatchPartitioning.orderID(of: PurchaseOrderID(rawValue: purchaseOrder)) != nil else {
                throw ValidationError("\(purchaseOrder) is not a purchase order id (po_<order id>_<attempt>)")
            }
        }

        func run() async throws {
            let id = PurchaseOrderID(rawValue: purchaseOrder)
            let order = DispatchPartitioning.orderID(of: id)!.rawValue
            let list = try await MeshConnection.with(options) { mesh in
                try await mesh.call(
                    try DispatchRouting(mesh.configuration).instance(of: order), "dispatch.documents",
                    params: PurchaseOrderDocumentsRequest(purchaseOrderID: id), as: PurchaseOrderDocumentList.self,
                    retry: .read)
            }
            guard let out else { return try JSONOutput.print(list) }
            try FileManager.default.createDirectory(atPath: out, withIntermediateDirectories: true)
            for document in list.documents {
                let stem = "\(out)/\(purchaseOrder).\(document.kind).\(document.language)"
                try document.html.write(toFile: stem + ".html", atomically: true, encoding: .utf8)
                try document.json.write(toFile: stem + ".json", atomically: true, encoding: .utf8)
                print(stem + ".html")
            }
        }
    }

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Dispatches of every partition, oldest release first, with counts by status.")
        @OptionGroup var options: ServiceOptions
        @Option(help: "Only this status: \(DispatchStatus.allCases.map(\.rawValue).joined(separator: ", ")).")
        var status: String?
        @Option(help: "At most this many dispatches, 1 to 500.") var limit = 50

        func validate() throws {
            guard (1...500).contains(limit) else {
                throw ValidationError("--limit must be from 1 to 500, got \(limit)")
            }
            if let status, DispatchStatus(rawValue: status) == nil {
                let names = DispatchStatus.allCases.map(\.rawValue).joined(separator: ", ")
                throw ValidationError("--status must be one of \(names), got \"\(status)\"")
            }
        }

        func run() async throws {
            let request = DispatchListRequest(status: status, limit: limit)
            let overview = try await MeshConnection.with(options) { mesh in
                DispatchOverview(
                    lists: try await mesh.callEveryPartition(
                        "dispatch.list", params: request, as: DispatchJobList.self),
                    limit: limit)
            }
            try JSONOutput.print(overview)
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Try an exhausted order's suppliers again (after its suppliers changed).")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String

        func run() async throws {
            try await DispatchCommand.callOwner(
                options, order, "dispatch.retry", params: DispatchReference(orderID: OrderID(rawValue: order)),
                retry: .idempotent)
        }
    }

    struct ReportProblem: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            commandName: "report-problem",
            abstract: "Report a wrong or damaged shipment; a supplier reships (R15).")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The order id.") var order: String
        @Option(help: "wrong_item or damaged.") var problem: String
        @Option(help: "Who reships: same_supplier or backup.") var reship: String

        func validate() throws {
            guard ShipmentProblem(rawValue: problem) != nil else {
                throw ValidationError("--problem must be wrong_item or damaged, got \"\(problem)\"")
            }
            guard ReshipmentSource(rawValue: reship) != nil else {
                throw ValidationError("--reship must be same_supplier or backup, got \"\(reship)\"")
            }
        }

        func run() async throws {
            let report = ProblemReport(
                orderID: OrderID(rawValue: order), problem: ShipmentProblem(rawValue: problem)!,
                reship: ReshipmentSource(rawValue: reship)!)
            try await DispatchCommand.callOwner(
                options, order, "dispatch.report_problem", params: report, retry: .idempotent)
        }
    }

    struct Workers: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "What each dispatch worker hosts: its assigned partitions and those it holds open.")
        @OptionGroup var options: ServiceOptions

        func run() async throws {
            let reports = try await MeshConnection.with(options) { mesh in
                let service = DispatchPartitioning.serviceName
                _ = try DispatchRouting(mesh.configuration)
                let supervisor = try mesh.supervisor()
                let size = try await Calls.perform(.read) {
                    try await supervisor.call(
                        "supervisor.group", params: GroupSizeRequest(service: service), as: GroupSize.self)
                }
                var reports: [String: DispatchWorkerReport] = [:]
                for member in 1...max(1, size.instances) {
                    let client = try mesh.client(for: "\(service).\(member)")
                    reports["\(service).\(member)"] = try await Calls.perform(.read) {
                        try await client.call("dispatch.worker", params: Empty(), as: DispatchWorkerReport.self)
                    }
                }
                return reports
            }
            try JSONOutput.print(reports)
        }
    }

    /// Calls `method` on the partition that owns `order` and prints the order's dispatch it answers.
    static func callOwner(
        _ options: ServiceOptions, _ order: String, _ method: String, params: some Encodable & Sendable,
        retry: RetryAdvice
    ) async throws {
        let job = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                try DispatchRouting(mesh.configuration).instance(of: order), method, params: params,
                as: DispatchJobView.self, retry: retry)
        }
        try JSONOutput.print(job)
    }
}
