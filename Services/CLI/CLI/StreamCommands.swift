import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams
import UnixSignals

/// `dropline tail STREAM`: prints the stream's events as JSON lines as they happen, like kcat.
public struct TailCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "tail", abstract: "Print a stream's events as JSON lines as they happen (Ctrl-C stops).")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "The stream: a publishing instance's name, or clock.") var stream: String
    @Option(help: "Start with this seq instead of new events only.") var from: UInt64?
    public init() {}

    public func validate() throws {
        if let from, from < 1 { throw ValidationError("--from must be at least 1") }
    }

    public func run() async throws {
        try await MeshConnection.with(options) { mesh in
            let reader = StreamReader(mesh: mesh, stream: stream)
            let (head, epoch) = try await reader.head()
            let subscription = try reader.start(
                after: from.map { $0 - 1 } ?? head, epoch: epoch, handler: LinePrinter(last: nil))
            for await _ in await UnixSignalsSequence(trapping: .sigint, .sigterm) { break }
            await subscription.stop()
        }
    }
}

/// `dropline replay STREAM --from N`: prints stored events from N up to the head, then exits.
public struct ReplayCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "replay", abstract: "Print a stream's stored events from a seq up to its current head.")
    @OptionGroup var options: ServiceOptions
    @Argument(help: "The stream: a publishing instance's name, or clock.") var stream: String
    @Option(help: "The first seq to print.") var from: UInt64 = 1
    @Option(help: "Print at most this many events.") var count: UInt64?
    public init() {}

    public func validate() throws {
        guard from >= 1 else { throw ValidationError("--from must be at least 1") }
        if let count, count < 1 { throw ValidationError("--count must be at least 1") }
    }

    public func run() async throws {
        try await MeshConnection.with(options) { mesh in
            let reader = StreamReader(mesh: mesh, stream: stream)
            let (head, epoch) = try await reader.head()
            let last = min(head, count.map { from + $0 - 1 } ?? head)
            guard last >= from else { return }
            let subscription = try reader.start(after: from - 1, epoch: epoch, handler: LinePrinter(last: last))
            let deadline = ContinuousClock.now + .seconds(60) + .milliseconds(Int64(last - from))
            while subscription.status.applied < last {
                if let alert = subscription.status.alert, subscription.status.phase != .suspect {
                    await subscription.stop()
                    throw CommandFailure(alert)
                }
                guard ContinuousClock.now < deadline else {
                    await subscription.stop()
                    throw CommandFailure("Replay stalled at seq \(subscription.status.applied) of \(last).")
                }
                try await Task.sleep(for: .milliseconds(10))
            }
            await subscription.stop()
        }
    }
}
