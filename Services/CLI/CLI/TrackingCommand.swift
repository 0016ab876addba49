import ArgumentParser

/// `dropline tracking …`: parcels, scans and measured lanes (R8-R11), asked of the `tracking` service.
public struct TrackingCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tracking", abstract: "Parcels and their scans, deadlines and measured lanes (R8-R11).",
        subcommands: [TrackingShowCommand.self, TrackingScanCommand.self, TrackingLanesCommand.self])
    public init() {}
}
