import Logging
import ServiceLifecycle
import UnixSignals

/// A host's life as a swift-service-lifecycle `Service`, the same for `ServiceHost` and `StatelessHost`: it
/// answers requests and runs its loops until `stop` returns, then runs `shutDown` (which stops the endpoint, so
/// that serving ends) and cancels the loops.
struct HostedProcess: Service {
    let core: HostCore
    let router: RPCRouter
    /// Loops that run until cancelled at shutdown: the service's own, the timer loop.
    let loops: [@Sendable () async throws -> Void]
    /// Returns when the process should stop.
    let stop: @Sendable () async -> Void
    /// Stops everything the host opened, the endpoint and the ZeroMQ context last.
    let shutDown: @Sendable () async -> Void

    func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await core.serve(router) }
            group.addTask {
                // The summaries of repeated log lines, written even when the line stops recurring.
                while (try? await Task.sleep(for: .seconds(5))) != nil { Observability.repeats.flush() }
            }
            for loop in loops {
                group.addTask {
                    do { try await loop() } catch is CancellationError {} catch {
                        core.logger.error("Background task failed", metadata: ["error": "\(error)"])
                    }
                }
            }
            await stop()
            await shutDown()
            group.cancelAll()
        }
    }

    /// Runs until SIGTERM or SIGINT (through a service group's graceful shutdown) or until the supervisor that
    /// started the process dies, then shuts down: the life of a process that runs on its own. Stopping is a clean
    /// end, not a failure of the group.
    static func runUntilSignalled(
        _ core: HostCore, router: RPCRouter, loops: [@Sendable () async throws -> Void],
        shutDown: @escaping @Sendable () async -> Void
    ) async throws {
        let process = HostedProcess(
            core: core, router: router, loops: loops, stop: { await untilSignalledOrOrphaned(core) },
            shutDown: shutDown)
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: process, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: core.logger))
        try await group.run()
    }

    /// Returns at the service group's graceful shutdown or at the supervisor's death, whichever comes first.
    private static func untilSignalledOrOrphaned(_ core: HostCore) async {
        await withTaskGroup(of: Void.self) { race in
            race.addTask { try? await gracefulShutdown() }
            race.addTask { await core.supervisorDeath() }
            await race.next()
            race.cancelAll()
        }
    }
}
