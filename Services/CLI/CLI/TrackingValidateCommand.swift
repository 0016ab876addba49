import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit

/// `dropline tracking validate NUMBER [--carrier NAME] [--json]` (R9): whether a tracking number is valid (format,
/// check digit, posting country) for the mesh config's carriers, with no running mesh. Exit 0 and the carriers
/// (and formats, and an S10 number's posting country) it is valid for; exit 2 and one line saying why not, e.g.
/// `tracking number 1Z5R89390357567127 looks like a UPS number, not one of China Post's`.
public struct TrackingValidateCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "validate",
        abstract: "Check a tracking number against the configured carriers, without a running mesh (R9).")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "The tracking number; spaces and case do not matter.") var number: String
    @Option(help: "The carrier it must be valid for (its name, or a service level's full name).") var carrier: String?
    @Flag(help: "Print the verdict as JSON.") var json = false
    public init() {}

    public func run() async throws {
        let catalogue = try options.loadConfiguration().carriers
        let verdict = TrackingNumberVerdict(number, carrier: carrier, in: catalogue)
        if let refusal = verdict.refusal {
            let subject =
                switch refusal {
                case .unknownCarrier: "carrier '\(carrier ?? "")'"
                case .invalidNumber: "tracking number \(verdict.number.isEmpty ? "\"\"" : verdict.number)"
                }
            throw CommandRefusal("\(subject) \(refusal.reason)")
        }
        if json {
            try JSONOutput.print(TrackingNumberValidation(verdict))
        } else {
            let carriers = verdict.matches.map { "\($0.carrier) (\($0.format))" }.joined(separator: ", ")
            print("\(verdict.number): \(verdict.summary ?? "a tracking number"); valid for \(carriers)")
        }
    }
}
