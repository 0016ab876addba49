import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline suppliers …`: the suppliers' scorecards over every dispatch partition (R7), and the simulated
/// suppliers' behaviour.
public struct SuppliersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "suppliers", abstract: "Supplier scorecards, and how the simulated suppliers behave.",
        subcommands: [Scorecards.self, Behave.self])
    public init() {}

    struct Scorecards: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Each supplier's purchase orders, on-time rate, accuracy, rejections and score (R7).")
        @OptionGroup var options: ServiceOptions
        @Flag(help: "Print each supplier's summed counts as JSON.") var json = false

        func run() async throws {
            let lists = try await MeshConnection.with(options) { mesh in
                try await mesh.callEveryPartition("dispatch.scorecards", params: Empty(), as: ScorecardList.self)
            }
            let scores = SupplierScores(lists: lists)
            if json {
                try JSONOutput.print(scores.bySupplier)
            } else {
                print(scores.table())
            }
        }
    }

    struct Behave: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Change how a simulated supplier treats its purchase orders; flags left out keep the defaults.",
            discussion: "Rates are shares from 0 to 1. --reset returns the supplier to the mesh config's defaults.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The supplier id, e.g. sup_sz.") var supplier: String
        @Option(help: "Share of purchase orders rejected.") var rejectRate: Double?
        @Option(help: "Share refused as out of stock.") var outOfStockRate: Double?
        @Option(help: "Share never acknowledged.") var silentRate: Double?
        @Option(help: "Share shipped 60 hours after receipt, beyond the 48-hour SLA.") var lateShipRate: Double?
        @Option(help: "Minutes from receipt to acknowledgement: min-max or one number, e.g. 10-120.")
        var ackDelayMinutes: String?
        @Option(help: "Hours from acknowledgement to shipment: min-max or one number, e.g. 4-36.")
        var shipDelayHours: String?
        @Option(name: .customLong("carrier"), help: "A carrier it ships with (repeatable).") var carriers: [String] = []
        @Flag(help: "Return the supplier to the defaults.") var reset = false

        func validate() throws {
            let rates = [
                ("reject-rate", rejectRate), ("out-of-stock-rate", outOfStockRate), ("silent-rate", silentRate),
                ("late-ship-rate", lateShipRate),
            ]
            for case (let flag, let rate?) in rates where !(0...1).contains(rate) {
                throw ValidationError("--\(flag) must be from 0 to 1, got \(rate)")
            }
            let ranges = [
                ("ack-delay-minutes", "minutes", ackDelayMinutes), ("ship-delay-hours", "hours", shipDelayHours),
            ]
            for case (let flag, let unit, let text?) in ranges where DelayRange(text: text) == nil {
                throw ValidationError(
                    "--\(flag) must be min-max or one number of \(unit), such as 10-120, got \"\(text)\"")
            }
            let changes =
                rates.contains { $0.1 != nil } || ackDelayMinutes != nil || shipDelayHours != nil || !carriers.isEmpty
            if reset && changes { throw ValidationError("--reset cannot be combined with other changes") }
            if !reset && !changes {
                throw ValidationError("give at least one change (e.g. --reject-rate 0.3) or --reset")
            }
        }

        func run() async throws {
            let change =
                reset
                ? nil
                : SupplierBehaviourChange(
                    ackDelayMinutes: ackDelayMinutes.flatMap(DelayRange.init(text:)),
                    shipDelayHours: shipDelayHours.flatMap(DelayRange.init(text:)), rejectRate: rejectRate,
                    outOfStockRate: outOfStockRate, silentRate: silentRate, lateShipRate: lateShipRate,
                    carriers: carriers.isEmpty ? nil : carriers)
            let request = SetSupplierBehaviourRequest(supplierID: SupplierID(rawValue: supplier), behaviour: change)
            let entry = try await MeshConnection.with(options) { mesh in
                try await mesh.call(
                    mesh.configuration.simulatorInstance(), "simulator.suppliers.set", params: request,
                    as: SupplierBehaviourEntry.self, retry: .idempotent)
            }
            try JSONOutput.print(entry)
        }
    }
}
