import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams
import Supervisor

/// `dropline down`: asks the supervisor to stop the mesh and waits until it has.
public struct DownCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(commandName: "down", abstract: "Stop the running mesh.")
    @OptionGroup var options: ServiceOptions
    public init() {}

    public func run() async throws {
        try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            _ = try await Calls.perform { try await supervisor.call("supervisor.stop") }
            let deadline = ContinuousClock.now + mesh.configuration.supervisor.grace * 2 + .seconds(5)
            while ContinuousClock.now < deadline {
                guard (try? await supervisor.call("health", timeout: .milliseconds(300))) != nil else {
                    print("Mesh stopped.")
                    return
                }
                try await Task.sleep(for: .milliseconds(100))
            }
            throw CommandFailure("The supervisor still answers after the grace period.")
        }
    }
}

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
            return try await Calls.perform {
                try await supervisor.call(
                    "supervisor.scale", params: ScaleRequest(service: group, instances: instances), as: MeshStatus.self,
                    timeout: mesh.configuration.supervisor.healthTimeout * Double(instances + 1))
            }
        }
        print(StatusTable.render(status))
    }
}

/// `dropline clock advance DURATION` and `dropline clock now`.
public struct ClockCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "clock", abstract: "Read or advance simulated time.", subcommands: [Advance.self, Now.self])
    public init() {}

    struct Advance: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Move simulated time forward, e.g. 8h, 90m, 1d12h.")
        @OptionGroup var options: ServiceOptions
        @Argument(help: "How far: <n>d, <n>h, <n>m, <n>s, <n>ms, combined (1d12h).") var duration: String

        func validate() throws {
            guard DurationText.parse(duration) != nil else {
                throw ValidationError("duration must look like 8h, 90m or 1d12h, got \"\(duration)\"")
            }
        }

        func run() async throws {
            try await ClockCommand.call("clock.advance", params: AdvanceRequest(by: duration), options)
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the mesh's domain time.")
        @OptionGroup var options: ServiceOptions
        func run() async throws { try await ClockCommand.call("clock.now", params: Empty(), options) }
    }

    static func call(_ method: String, params: some Encodable & Sendable, _ options: ServiceOptions) async throws {
        let reading = try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            return try await Calls.perform { try await supervisor.call(method, params: params, as: ClockReading.self) }
        }
        print("\(DomainTime.format(reading.now)) (\(reading.mode))")
    }
}
