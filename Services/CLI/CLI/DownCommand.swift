import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams

/// `dropline down`: asks the supervisor to stop the mesh and waits until it has.
public struct DownCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "down", abstract: "Stop the running mesh.")
    @OptionGroup var options: ServiceOptions
    public init() {}

    public func run() async throws {
        try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            _ = try await Calls.perform(.idempotent) {
                try await supervisor.call("supervisor.stop", params: Empty(), as: Empty.self)
            }
            let deadline = ContinuousClock.now + mesh.configuration.supervisor.grace * 2 + .seconds(5)
            while ContinuousClock.now < deadline {
                let health = try? await supervisor.call(
                    "health", params: Empty(), as: HealthReport.self, timeout: .milliseconds(300))
                guard health != nil else {
                    print("Mesh stopped.")
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw CommandFailure("The supervisor still answers after the grace period.")
        }
    }
}
