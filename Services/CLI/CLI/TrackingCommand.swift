import ArgumentParser

/// `dropline tracking …`: parcels and their tracking numbers (R9-R11). A command group: each subcommand is its own
/// type in its own file (`TrackingValidateCommand`), listed here.
public struct TrackingCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tracking", abstract: "Parcels and their tracking numbers (R9-R11).",
        subcommands: [TrackingValidateCommand.self])
    public init() {}
}
