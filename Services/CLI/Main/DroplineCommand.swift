import ArgumentParser
import CLI
import Foundation

/// `dropline`: run and operate the Dropline mesh.
@main
struct DroplineCommand: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "dropline", abstract: "Run and operate the Dropline mesh.",
        subcommands: [
            UpCommand.self, StatusCommand.self, DownCommand.self, ScaleCommand.self, ClockCommand.self,
            TailCommand.self, ReplayCommand.self, DeadLettersCommand.self, StreamsCommand.self, CatalogCommand.self,
            OrdersCommand.self, ReviewCommand.self, PaymentsCommand.self, DispatchCommand.self, SuppliersCommand.self,
            TrackingCommand.self, InfractionsCommand.self, CarriersCommand.self, DemoCommand.self,
        ])

    /// Bad input, and a request the mesh refused, exit 2 with one line; a failure at run time exits 1 with one
    /// line.
    static func main() async {
        do {
            if let refusal = SignedArguments.refusal(in: Array(CommandLine.arguments.dropFirst())) { throw refusal }
            var command = try parseAsRoot()
            if var asyncCommand = command as? any AsyncParsableCommand {
                try await asyncCommand.run()
            } else {
                try command.run()
            }
        } catch let refusal as CommandRefusal {
            FileHandle.standardError.write(Data("dropline: \(refusal)\n".utf8))
            Foundation.exit(2)
        } catch let failure as CommandFailure {
            FileHandle.standardError.write(Data("dropline: \(failure)\n".utf8))
            Foundation.exit(1)
        } catch {
            if exitCode(for: error) == .validationFailure {
                let line = message(for: error).split(separator: "\n").first.map(String.init) ?? "invalid arguments"
                FileHandle.standardError.write(Data("dropline: \(line)\n".utf8))
                Foundation.exit(2)
            }
            exit(withError: error)
        }
    }
}
