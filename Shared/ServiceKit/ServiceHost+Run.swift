import Foundation
import GRDB
import Logging
import ServiceLifecycle
import Streams
import UnixSignals
import ZeroMQBus

extension ServiceHost {
    /// Runs the service until SIGTERM/SIGINT (or the supervisor's death), then stops cleanly: consumers stop
    /// after their batch, the endpoint closes, the store is marked cleanly closed, the context terminates.
    ///
    /// - Parameters:
    ///   - consumes: the streams to apply exactly once into `store`.
    ///   - methods: the service's RPCs (health, status, dead letters and metrics are added).
    ///   - timers: fires due durable timers (inside the clock transaction in simulated mode).
    ///   - background: the service's own loops; cancelled at shutdown.
    ///   - beforeShutdown: runs first when shutdown begins, while the endpoint still answers (the
    ///     supervisor stops its children here).
    ///   - followsClock: whether to consume the simulated `clock` stream; false for a process that keeps no domain
    ///     state of its own (a dispatch worker, whose partitions follow the clock themselves).
    public func run(
        consumes: [Consumption] = [], methods: RPCRouter = RPCRouter(), timers: DurableTimers.Handler? = nil,
        background: [@Sendable () async throws -> Void] = [], beforeShutdown: @escaping @Sendable () async -> Void = {},
        followsClock: Bool = true
    ) async throws {
        let hosted = try prepare(
            consumes: consumes, methods: methods, timers: timers, background: background,
            beforeShutdown: beforeShutdown, followsClock: followsClock
        ) {
            await withTaskGroup(of: Void.self) { race in
                race.addTask { try? await gracefulShutdown() }
                race.addTask { await self.supervisorDeath() }
                await race.next()
                race.cancelAll()
            }
        }
        // Returning is a clean stop (SIGTERM, or the supervisor's death), not a failure of the group.
        let group = ServiceGroup(
            configuration: .init(
                services: [.init(service: hosted, successTerminationBehavior: .gracefullyShutdownGroup)],
                gracefulShutdownSignals: [.sigterm, .sigint], logger: logger))
        try await group.run()
    }

    /// Runs like `run`, but as one of several stores a process hosts (a dispatch worker's partitions): no
    /// signal handling of its own. When `until` returns, it shuts down as `run` does and then closes the store
    /// and releases its lock, so that another process can take the store over at once.
    public func runHosted(
        consumes: [Consumption] = [], methods: RPCRouter = RPCRouter(), timers: DurableTimers.Handler? = nil,
        background: [@Sendable () async throws -> Void] = [], until stop: @escaping @Sendable () async -> Void
    ) async throws {
        let hosted = try prepare(
            consumes: consumes, methods: methods, timers: timers, background: background, beforeShutdown: {},
            until: stop)
        try await hosted.run()
        do {
            try store.close()
        } catch {
            logger.warning("Could not close the store", metadata: ["error": "\(error)"])
        }
        lock.release()
    }

    private func prepare(
        consumes: [Consumption], methods: RPCRouter, timers: DurableTimers.Handler?,
        background: [@Sendable () async throws -> Void], beforeShutdown: @escaping @Sendable () async -> Void,
        followsClock: Bool = true, until stop: @escaping @Sendable () async -> Void
    ) throws -> HostedService {
        let subscriptions = try makeSubscriptions(consumes, timers: timers, followsClock: followsClock)
        var router = methods
        registerBuiltInMethods(in: &router, subscriptions: subscriptions)
        for subscription in subscriptions { subscription.start() }
        return HostedService(
            host: self, router: router, subscriptions: subscriptions, timers: timers, background: background,
            beforeShutdown: beforeShutdown, stop: stop)
    }

    /// Stops consumers and the endpoint, marks the store cleanly closed, terminates the ZeroMQ context.
    func shutDown(_ subscriptions: [Subscription]) async {
        for subscription in subscriptions { await subscription.stop() }
        await endpoint.stop()
        do {
            try await store.write { try StreamMeta.close($0) }
        } catch {
            logger.warning("Could not mark the store closed", metadata: ["error": "\(error)"])
        }
        context.terminate()
        logger.info("Stopped")
    }

    /// Answers RPC requests concurrently until the endpoint stops.
    func serve(_ router: RPCRouter) async {
        await withDiscardingTaskGroup { group in
            for await request in endpoint.requests {
                group.addTask {
                    let (ok, body) = await router.handle(
                        method: request.method, body: request.body, logger: self.logger)
                    if ok {
                        self.endpoint.reply(to: request, result: body)
                    } else {
                        self.endpoint.reply(to: request, error: body)
                    }
                }
            }
        }
    }

    /// Every 200 ms until cancelled, fires the timers due at the current domain time. With the system clock that
    /// is how timers fire at all; with simulated time the clock stream fires what each tick makes due, and this
    /// catches a timer scheduled at or before the current simulated time after that tick (a fact that arrives
    /// late, e.g. an order placed just before the clock jumped 8 hours), which would otherwise wait for the next
    /// tick, and fires the backlog a tick leaves beyond `DurableTimers.firingBatch`, batch after batch without
    /// waiting. A write transaction is opened only when a timer is due.
    func fireDueTimers(_ handler: @escaping DurableTimers.Handler) async {
        while !Task.isCancelled {
            var backlog = false
            do {
                let (next, now) = try await store.read { db in
                    (try DurableTimers.nextDue(in: db), try clock.now(in: db))
                }
                if let next, next <= now {
                    let fired = try await store.write { db in
                        try DurableTimers.fireDue(
                            at: try clock.now(in: db), in: db, limit: DurableTimers.firingBatch, handler: handler)
                    }
                    backlog = fired == DurableTimers.firingBatch
                }
            } catch {
                logger.error("Timer firing failed; will retry", metadata: ["error": "\(error)"])
            }
            if !backlog { try? await Task.sleep(for: .milliseconds(200)) }
        }
    }

    /// Returns when the supervisor that started this process has died (its pid is no longer our parent).
    func supervisorDeath() async {
        guard let text = ProcessInfo.processInfo.environment["DROPLINE_SUPERVISOR_PID"], let pid = Int32(text) else {
            try? await Task.sleep(for: .seconds(Int64.max / 2))
            return
        }
        while !Task.isCancelled && getppid() == pid {
            try? await Task.sleep(for: .milliseconds(250))
        }
        if !Task.isCancelled {
            logger.warning("Supervisor is gone; shutting down", metadata: ["supervisor.pid": "\(pid)"])
        }
    }
}

/// The host as a swift-service-lifecycle `Service`.
struct HostedService: Service {
    let host: ServiceHost
    let router: RPCRouter
    let subscriptions: [Subscription]
    let timers: DurableTimers.Handler?
    let background: [@Sendable () async throws -> Void]
    let beforeShutdown: @Sendable () async -> Void
    /// Returns when the service should stop.
    let stop: @Sendable () async -> Void

    func run() async throws {
        await withDiscardingTaskGroup { group in
            group.addTask { await host.serve(router) }
            if let timers {
                group.addTask { await host.fireDueTimers(timers) }
            }
            for work in background {
                group.addTask {
                    do { try await work() } catch is CancellationError {} catch {
                        host.logger.error("Background task failed", metadata: ["error": "\(error)"])
                    }
                }
            }
            await stop()
            await beforeShutdown()
            await host.shutDown(subscriptions)
            group.cancelAll()
        }
    }
}
