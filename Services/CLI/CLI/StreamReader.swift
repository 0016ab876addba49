import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import ServiceKit
import Streams

/// Follows a stream from the CLI: a real `Subscription` into a throwaway in-memory store, so that `tail` and
/// `replay` (which print each event's JSON body as one line) and the demo (which counts orders) get gap filling
/// and order for free.
struct StreamReader {
    let mesh: MeshConnection
    let stream: String

    /// The stream's name on the wire (`supervisor` publishes `clock`).
    var streamName: String { stream == "supervisor" ? "clock" : stream }

    /// The publisher's head and epoch, from its `status`.
    func head() async throws -> (head: UInt64, epoch: String) {
        let client = try mesh.client(for: stream)
        let report = try await Calls.perform(.read) {
            try await client.call("status", params: Empty(), as: ServiceStatusReport.self)
        }
        guard let publication = report.publication else { throw CommandRefusal("\(stream) publishes no stream.") }
        return (publication.head, publication.epoch)
    }

    /// Starts applying events after `seq` (0: from the first retained event) with `handler`.
    func start(after seq: UInt64, epoch: String, handler: any StreamHandler) throws -> Subscription {
        let store = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        StreamSchema.register(in: &migrator)
        try migrator.migrate(store)
        if seq > 0 {
            try store.write { try Checkpoint.reset($0, stream: streamName, epoch: epoch, lastSeq: seq) }
        }
        let endpoints = try mesh.endpoints(of: stream)
        let streams = mesh.configuration.streams
        var logger = Logger(label: "dropline")
        logger.logLevel = .warning
        let subscription = Subscription(
            source: .init(stream: streamName, publishEndpoint: endpoints.pub, rpcEndpoint: endpoints.rpc),
            options: .init(
                subscriber: "dropline-cli", heartbeatInterval: streams.heartbeatInterval,
                credit: UInt64(streams.fetchCredit), batchMax: streams.batchMax,
                maxMessageBytes: streams.maxMessageBytes),
            writer: store, handler: handler, context: mesh.context, logger: logger)
        subscription.start()
        return subscription
    }
}

/// Prints each event's body as a JSON line on standard output.
struct LinePrinter: StreamHandler {
    let last: UInt64?

    func apply(_ event: IncomingEvent, in db: Database) throws {
        if let last, event.seq > last { return }
        FileHandle.standardOutput.write(event.body + Data("\n".utf8))
    }
}
