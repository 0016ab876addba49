import ArgumentParser

/// `dropline carriers …`: the carriers of the mesh config (R9). A command group: each subcommand is its own type
/// (`CarriersListCommand`), listed here.
public struct CarriersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "carriers", abstract: "The carriers suppliers ship with (R9).",
        subcommands: [CarriersListCommand.self])
    public init() {}
}
