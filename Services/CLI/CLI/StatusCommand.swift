import ArgumentParser
import Contracts
import Foundation
import ServiceKit
import Streams

/// `dropline status`: every process with pid, uptime, restarts, stream head, subscription lag, dead letters.
public struct StatusCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "status", abstract: "Show every process: pid, uptime, restarts, stream head, lag, dead letters.")

    @OptionGroup var options: ServiceOptions
    @Flag(help: "Print the full status as JSON.") var json = false

    public init() {}

    public func run() async throws {
        let status = try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            return try await Calls.perform(.read) {
                try await supervisor.call("supervisor.status", params: Empty(), as: MeshStatus.self)
            }
        }
        if json {
            try JSONOutput.print(status)
        } else {
            print(StatusTable.render(status))
        }
    }
}
