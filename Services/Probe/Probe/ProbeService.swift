import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// The probe (`dropline-probe`): a synthetic publisher or consumer that proves the stream layer with real
/// processes (the stream and mesh tests, `dropline-bench`).
///
/// A source publishes `probe.ticked` on its stream and answers `probe.emit`, and emits `rate` ticks a second in
/// the background; a sink consumes one source's stream exactly once into its `received` table and answers
/// `probe.summary` and `probe.commits` (`ProbeMethods`). Neither keeps durable timers.
public struct ProbeService: DomainService {
    /// What this probe process does.
    public enum Role: Sendable {
        /// Publishes ticks; `killAt` (`N:before-commit` or `N:after-commit`) makes it SIGKILL itself at tick N, and
        /// `trapOnEmit` makes a `probe.emit` of that count trap it.
        case source(killAt: String?, trapOnEmit: Int? = nil)
        /// Consumes the stream of the publishing instance `source`; applying tick `trapAt` traps it.
        case sink(source: String, trapAt: Int? = nil)
    }

    public let consumptions: [Consumption]
    public let methods: RPCRouter
    /// A source's emitter; nil in a sink.
    public let source: ProbeSource?

    public init(parts: ServiceParts, role: Role) {
        switch role {
        case .source(let killAt, let trapOnEmit):
            let source = ProbeSource(
                store: parts.store, desk: TickDesk(outbox: parts.outbox, clock: parts.clock, killAt: killAt))
            consumptions = []
            methods = ProbeMethods(store: parts.store, side: .source(source, trapOnCount: trapOnEmit)).router
            self.source = source
        case .sink(let publisher, let trapAt):
            let commits = CommitStamps()
            consumptions = [
                Consumption(source: publisher, handler: ProbeStreamHandler(commits: commits, trapAt: trapAt))
            ]
            methods = ProbeMethods(store: parts.store, side: .sink(commits)).router
            source = nil
        }
    }

    /// Runs a source that emits `rate` events per second (none with 0: only on `probe.emit`) until shutdown;
    /// `DROPLINE_PROBE_KILL_AT` sets its kill point, `DROPLINE_PROBE_TRAP_EMIT=N` traps it on a `probe.emit` of N.
    public static func runSource(host: ServiceHost, rate: Int) async throws {
        let environment = ProcessInfo.processInfo.environment
        let service = ProbeService(
            parts: host.parts,
            role: .source(
                killAt: environment["DROPLINE_PROBE_KILL_AT"],
                trapOnEmit: environment["DROPLINE_PROBE_TRAP_EMIT"].flatMap { Int($0) }))
        try await host.run(service, background: [{ try await service.source?.emitSteadily(rate: rate) }])
    }

    /// Runs a sink of `source`'s stream until shutdown; `DROPLINE_PROBE_TRAP_TICK=N` traps it applying tick N.
    public static func runSink(host: ServiceHost, source: String) async throws {
        let trapAt = ProcessInfo.processInfo.environment["DROPLINE_PROBE_TRAP_TICK"].flatMap { Int($0) }
        try await host.run(ProbeService(parts: host.parts, role: .sink(source: source, trapAt: trapAt)))
    }
}
