import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline carriers behave CARRIER …`: changes how a simulated carrier treats the parcels handed to it (R10,
/// R11): its shares of exceptions, returns, lost and never-scanned parcels, and its transit time.
public struct CarriersBehaveCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "behave",
        abstract: "Change how a simulated carrier treats its parcels; flags left out keep the defaults.",
        discussion: """
            Rates are shares from 0 to 1, together at most 1; each parcel registered from now on draws its \
            journey from them. --reset returns the carrier to the mesh config's defaults. \
            `dropline carriers behaviours` lists the behaviours in force.
            """)
    public init() {}

    @OptionGroup var options: ServiceOptions
    @Argument(help: "The carrier's name as shipments name it, e.g. \"Wish Post Standard\" (any case).")
    var carrier: String
    @Option(help: "Share of parcels with an exception on the way, delivered all the same.") var exceptionRate: Double?
    @Option(help: "Share that meet an exception at the door and are returned to the sender.") var returnRate: Double?
    @Option(help: "Share whose scans stop mid-way: the parcel stalls.") var lostRate: Double?
    @Option(help: "Share never scanned at all.") var unscannedRate: Double?
    @Option(help: "Scales the transit time drawn from the service level's range (above 0, at most 10).")
    var transitMultiplier: Double?
    @Flag(help: "Return the carrier to the defaults.") var reset = false

    public func validate() throws {
        let rates = [
            ("exception-rate", exceptionRate), ("return-rate", returnRate), ("lost-rate", lostRate),
            ("unscanned-rate", unscannedRate),
        ]
        for case (let flag, let rate?) in rates where !(0...1).contains(rate) {
            throw ValidationError("--\(flag) must be from 0 to 1, got \(rate)")
        }
        if let transitMultiplier, !(transitMultiplier > 0 && transitMultiplier <= 10) {
            throw ValidationError("--transit-multiplier must be above 0 and at most 10, got \(transitMultiplier)")
        }
        let changes = rates.contains { $0.1 != nil } || transitMultiplier != nil
        if reset && changes { throw ValidationError("--reset cannot be combined with other changes") }
        if !reset && !changes { throw ValidationError("give at least one change (e.g. --lost-rate 0.1) or --reset") }
    }

    public func run() async throws {
        let change =
            reset
            ? nil
            : CarrierBehaviourChange(
                exceptionRate: exceptionRate, returnRate: returnRate, lostRate: lostRate, unscannedRate: unscannedRate,
                transitMultiplier: transitMultiplier)
        let request = SetCarrierBehaviourRequest(carrier: carrier, behaviour: change)
        let entry = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                mesh.configuration.simulatorInstance(), "simulator.carrier_behaviour.set", params: request,
                as: CarrierBehaviourEntry.self, retry: .idempotent)
        }
        try JSONOutput.print(entry)
    }
}
