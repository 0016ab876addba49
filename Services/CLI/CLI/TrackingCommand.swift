import ArgumentParser

/// `dropline tracking …`: parcels, their tracking numbers, scans, deadlines and measured lanes (R8-R11). A command
/// group: each subcommand is its own type in its own file; `validate` needs no running mesh, the others ask the
/// `tracking` service.
public struct TrackingCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tracking", abstract: "Parcels and their tracking numbers, scans, deadlines and lanes (R8-R11).",
        subcommands: [
            TrackingShowCommand.self, TrackingScanCommand.self, TrackingLanesCommand.self, TrackingValidateCommand.self,
        ])
    public init() {}
}
