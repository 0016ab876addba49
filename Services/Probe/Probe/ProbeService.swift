import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// The probe: a synthetic publisher and consumer that proves the stream layer with real processes.
public enum ProbeService {
    /// Parameters of `probe.emit`.
    public struct EmitRequest: Codable, Sendable {
        public var count: Int
        public var perTransaction: Int?

        public init(count: Int, perTransaction: Int? = nil) {
            self.count = count
            self.perTransaction = perTransaction
        }
    }

    /// Result of `probe.emit`: the last tick number written.
    public struct EmitResult: Codable, Sendable {
        public var last: Int
    }

    /// Runs a source that emits `rate` events per second and answers `probe.emit`.
    public static func runSource(host: ServiceHost, rate: Int) async throws {
        let source = ProbeSource(
            store: host.store, outbox: host.outbox, clock: { host.clock.now() },
            killAt: ProcessInfo.processInfo.environment["DROPLINE_PROBE_KILL_AT"])
        var router = RPCRouter()
        router.register("probe.emit", params: EmitRequest.self) { request in
            guard (1...10_000_000).contains(request.count) else {
                throw RPCFailure.invalidRequest("must be between 1 and 10000000", field: "count")
            }
            return EmitResult(
                last: try await source.emit(count: request.count, perTransaction: request.perTransaction ?? 100))
        }
        try await host.run(methods: router, background: [{ try await source.emitSteadily(rate: rate) }])
    }

    /// Runs a sink of `source`'s stream that answers `probe.summary` and `probe.commits` (the
    /// `CommitStamp`s of its transactions after a `seq`, for latency up to the durable commit).
    public static func runSink(host: ServiceHost, source: String) async throws {
        let commits = CommitStamps()
        var router = RPCRouter()
        router.register("probe.summary", params: Empty.self) { _ in
            try await host.store.read { try ProbeSummary.read($0) }
        }
        router.register("probe.commits", params: CommitStampsRequest.self) { request in
            commits.stamps(after: request.after ?? 0)
        }
        try await host.run(
            consumes: [Consumption(source: source, handler: ProbeSink(commits: commits))], methods: router)
    }
}
