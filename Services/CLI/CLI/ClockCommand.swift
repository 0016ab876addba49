import ArgumentParser
import Contracts
import ServiceKit
import Streams

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
            _ = try DurationArgument.parse(duration, field: "duration")
        }

        func run() async throws {
            try await ClockCommand.call(
                "clock.advance", params: AdvanceRequest(by: duration), options,
                retry: .unsafe(check: "`dropline clock now`"))
        }
    }

    struct Now: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Print the mesh's domain time.")
        @OptionGroup var options: ServiceOptions
        func run() async throws { try await ClockCommand.call("clock.now", params: Empty(), options, retry: .read) }
    }

    static func call(
        _ method: String, params: some Encodable & Sendable, _ options: ServiceOptions, retry: RetryAdvice
    ) async throws {
        let reading = try await MeshConnection.with(options) { mesh in
            let supervisor = try mesh.supervisor()
            return try await Calls.perform(retry) {
                try await supervisor.call(method, params: params, as: ClockReading.self)
            }
        }
        print("\(DomainTime.format(reading.now)) (\(reading.mode))")
    }
}
