import ArgumentParser
import Contracts
import Foundation
import ServiceKit
import Streams

/// `dropline deadletters` lists every process's dead letters; `dropline deadletters retry` re-applies them.
public struct DeadLettersCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "deadletters", abstract: "List the events services could not apply, or retry them.",
        subcommands: [List.self, Retry.self], defaultSubcommand: List.self)
    public init() {}

    struct List: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "List dead letters of every process (or one).")
        @OptionGroup var options: ServiceOptions
        @Option(help: "Only this process.") var process: String?

        func run() async throws {
            let lines = try await MeshConnection.with(options) { mesh in
                var lines: [String] = []
                for name in try await DeadLettersCommand.processes(mesh, only: process) {
                    let client = try mesh.client(for: name)
                    let letters = try await Calls.perform(.read) {
                        try await client.call("deadletters.list", params: Empty(), as: [DeadLetter].self)
                    }
                    for letter in letters {
                        lines.append(
                            "\(name)  \(letter.stream)#\(letter.seq)  \(letter.type)  attempts \(letter.attempts)  \(letter.error)"
                        )
                    }
                }
                return lines
            }
            print(lines.isEmpty ? "No dead letters." : lines.joined(separator: "\n"))
        }
    }

    struct Retry: AsyncParsableCommand {
        static let configuration = CommandConfiguration(abstract: "Re-apply dead letters; applied ones are removed.")
        @OptionGroup var options: ServiceOptions
        @Option(help: "Only this process.") var process: String?
        @Option(help: "Only events of this stream.") var stream: String?
        @Option(help: "Only this seq (with --stream).") var seq: UInt64?

        func validate() throws {
            if seq != nil && stream == nil { throw ValidationError("--seq needs --stream") }
        }

        func run() async throws {
            let results = try await MeshConnection.with(options) { mesh in
                var results: [(String, DeadLetterRetryResult)] = []
                for name in try await DeadLettersCommand.processes(mesh, only: process) {
                    let client = try mesh.client(for: name)
                    let request = DeadLetterRetryRequest(stream: stream, seq: seq)
                    do {
                        let retried = try await client.call(
                            "deadletters.retry", params: request, as: [DeadLetterRetryResult].self)
                        results += retried.map { (name, $0) }
                    } catch RPCCallError.failed(let failure)
                        where process == nil && failure.code == "invalid_request"
                        && ["stream", "seq"].contains(failure.field)
                    {
                        continue  // asked of every process: this one has no such dead letter, another may
                    } catch let error as RPCCallError {
                        throw Calls.failure(for: error, retry: .idempotent)
                    }
                }
                return results
            }
            for (name, result) in results {
                print(
                    "\(name)  \(result.stream)#\(result.seq)  "
                        + (result.applied ? "applied" : "failed: \(result.error ?? "")"))
            }
            if results.isEmpty { print("No dead letters matched.") }
            if results.contains(where: { !$0.1.applied }) { throw ExitCode(1) }
        }
    }

    /// The running processes and hosted partitions (from the supervisor), or just `only`; not a stateless process,
    /// which consumes nothing and keeps no dead letters.
    static func processes(_ mesh: MeshConnection, only: String?) async throws -> [String] {
        if let only { return [only] }
        let supervisor = try mesh.supervisor()
        let status = try await Calls.perform(.read) {
            try await supervisor.call("supervisor.status", params: Empty(), as: MeshStatus.self)
        }
        return status.processes.filter { $0.pid != nil && $0.report?.methods.contains("deadletters.list") != false }
            .map(\.name)
            + status.partitions.filter { $0.report != nil }.map(\.name)
    }
}
