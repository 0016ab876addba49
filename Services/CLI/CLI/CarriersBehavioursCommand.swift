import ArgumentParser
import Contracts
import Foundation
import ServiceKit

/// `dropline carriers behaviours`: the simulated carriers' defaults and every carrier given its own behaviour
/// (R10, R11).
public struct CarriersBehavioursCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "behaviours",
        abstract: "The simulated carriers' default behaviour and each carrier's own, as `carriers behave` set it.")
    public init() {}

    @OptionGroup var options: ServiceOptions
    @Flag(help: "Print the list as JSON.") var json = false

    public func run() async throws {
        let list = try await MeshConnection.with(options) { mesh in
            try await mesh.call(
                mesh.configuration.simulatorInstance(), "simulator.carrier_behaviour.list", params: Empty(),
                as: CarrierBehaviourList.self, retry: .idempotent)
        }
        if json {
            try JSONOutput.print(list)
        } else {
            print(Self.table(list))
        }
    }

    /// One row per carrier set, after the defaults: its four rates and its transit multiplier.
    public static func table(_ list: CarrierBehaviourList) -> String {
        func row(_ name: String, _ behaviour: CarrierBehaviour) -> [String] {
            [
                name, percent(behaviour.exceptionRate), percent(behaviour.returnRate), percent(behaviour.lostRate),
                percent(behaviour.unscannedRate), "×" + String(format: "%g", behaviour.transitMultiplier),
            ]
        }
        let header = ["CARRIER", "EXCEPTION", "RETURN", "LOST", "UNSCANNED", "TRANSIT"]
        let rows = [row("(defaults)", list.defaults)] + list.carriers.map { row($0.carrier, $0.behaviour) }
        return TextTable.render([header] + rows, rightAligned: [1, 2, 3, 4, 5])
    }

    /// `2%`, `12.5%`.
    private static func percent(_ rate: Double) -> String {
        String(format: "%g%%", (rate * 1000).rounded() / 10)
    }
}
