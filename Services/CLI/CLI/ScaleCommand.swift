import ArgumentParser
import Contracts
import MeshConfig
import ServiceKit
import Streams

/// `dropline scale GROUP N`: sets the number of instances of a worker group at run time.
public struct ScaleCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "scale", abstract: "Set how many instances of a worker group run.")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "The worker group (a service with instances > 1).") var group: String
    @Argument(help: "Instances, 1 to 64.") var instances: Int
    public init() {}

    public func validate() throws {
        guard (1...64).contains(instances) else {
            throw ValidationError("instances must be between 1 and 64, got \(instances)")
        }
    }

    public func run() async throws {
        let status = try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            return try await Calls.perform(.idempotent) {
                try await supervisor.call(
                    "supervisor.scale", params: ScaleRequest(service: group, instances: instances), as: MeshStatus.self,
                    timeout: mesh.configuration.supervisor.healthTimeout * Double(instances + 1))
            }
        }
        print(StatusTable.render(status))
    }
}
