import ArgumentParser
import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams

/// `dropline streams reset PROCESS STREAM`: the operator's decision after a fenced or gone stream.
public struct StreamsCommand: AsyncParsableCommand {
    public static let configuration = CommandConfiguration(
        commandName: "streams", abstract: "Operator actions on a process's subscriptions.", subcommands: [Reset.self])
    public init() {}

    struct Reset: AsyncParsableCommand {
        static let configuration = CommandConfiguration(
            abstract: "Continue a fenced or gone stream under the publisher's current epoch.",
            discussion: """
                After a fence (the publisher's store was replaced) or GONE (the events were pruned), a person \
                decides where the consumer continues. Without --after it continues after its own checkpoint; \
                --after 0 re-applies the publisher's whole retained history.
                """)
        @OptionGroup var options: ServiceOptions
        @Argument(help: "The consuming process, e.g. probe-sink.") var process: String
        @Argument(help: "The stream it consumes, e.g. probe-source.") var stream: String
        @Option(help: "Continue after this seq.") var after: UInt64?

        func run() async throws {
            let status = try await MeshConnection.with(options) { mesh in
                let publisher = try mesh.client(for: stream)
                let consumer = try mesh.client(for: process)
                let publication = try await Calls.perform(.read) {
                    try await publisher.call("status", params: Empty(), as: ServiceStatusReport.self)
                }.publication
                guard let publication else { throw CommandRefusal("\(stream) publishes no stream.") }
                let current = try await Calls.perform(.read) {
                    try await consumer.call("status", params: Empty(), as: ServiceStatusReport.self)
                }.subscriptions.first { $0.stream == stream }
                guard let current else { throw CommandRefusal("\(process) does not consume \(stream).") }
                let request = StreamResetRequest(
                    stream: stream, epoch: publication.epoch, after: after ?? current.applied)
                // A second reset after the consumer moved on would take it back to the same seq.
                let check = "`dropline status` (\(process)'s \(stream) epoch and applied seq)"
                return try await Calls.perform(.unsafe(check: check)) {
                    try await consumer.call("streams.reset", params: request, as: SubscriptionStatus.self)
                }
            }
            print("\(process) continues \(stream) under epoch \(status.epoch ?? "?") after seq \(status.applied).")
        }
    }
}
