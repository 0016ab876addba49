import ArgumentParser

/// `dropline carriers …`: the carriers of the mesh config (R9), and how the simulated ones behave. A command group:
/// each subcommand is its own type, listed here.
public struct CarriersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "carriers", abstract: "The carriers suppliers ship with (R9).",
        subcommands: [CarriersListCommand.self, CarriersBehaveCommand.self, CarriersBehavioursCommand.self])
    public init() {}
}
