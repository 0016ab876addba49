import Foundation
import GRDB
import Logging
import Streams

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
    ///   - work: what `clock.progress` reports beyond the streams: the next timer due, calls queued.
    public func run(
        consumes: [Consumption] = [], methods: RPCRouter = RPCRouter(), timers: DurableTimers.Handler? = nil,
        background: [@Sendable () async throws -> Void] = [], beforeShutdown: @escaping @Sendable () async -> Void = {},
        followsClock: Bool = true, work: PendingWork = .timersOnly
    ) async throws {
        let (router, subscriptions) = try prepare(
            consumes: consumes, methods: methods, timers: timers, followsClock: followsClock, work: work)
        try await HostedProcess.runUntilSignalled(
            core, router: router, loops: loops(background, timers: timers),
            shutDown: {
                await beforeShutdown()
                await self.shutDown(subscriptions)
            })
    }

    /// Runs like `run`, but as one of several stores a process hosts (a dispatch worker's partitions): no
    /// signal handling of its own. When `until` returns, it shuts down as `run` does and then closes the store
    /// and releases its lock, so that another process can take the store over at once.
    public func runHosted(
        consumes: [Consumption] = [], methods: RPCRouter = RPCRouter(), timers: DurableTimers.Handler? = nil,
        background: [@Sendable () async throws -> Void] = [], work: PendingWork = .timersOnly,
        until stop: @escaping @Sendable () async -> Void
    ) async throws {
        let (router, subscriptions) = try prepare(consumes: consumes, methods: methods, timers: timers, work: work)
        let hosted = HostedProcess(
            core: core, router: router, loops: loops(background, timers: timers), stop: stop,
            shutDown: { await self.shutDown(subscriptions) })
        try await hosted.run()
        do {
            try store.close()
        } catch {
            logger.warning("Could not close the store", metadata: ["error": "\(error)"])
        }
        lock.release()
    }

    /// Builds and starts the subscriptions, and the router with the built-in methods added.
    private func prepare(
        consumes: [Consumption], methods: RPCRouter, timers: DurableTimers.Handler?, followsClock: Bool = true,
        work: PendingWork
    ) throws -> (RPCRouter, [Subscription]) {
        let subscriptions = try makeSubscriptions(consumes, timers: timers, followsClock: followsClock)
        var router = methods
        registerBuiltInMethods(in: &router, subscriptions: subscriptions, work: work)
        for subscription in subscriptions { subscription.start() }
        return (guarded(router), subscriptions)
    }

    /// The service's own loops, with the store's watch and the timer loop when it keeps timers.
    private func loops(_ background: [@Sendable () async throws -> Void], timers: DurableTimers.Handler?)
        -> [@Sendable () async throws -> Void]
    {
        let watch: @Sendable () async throws -> Void = { await self.storeWatch.watch() }
        guard let timers else { return background + [watch] }
        return background + [watch, { await self.fireDueTimers(timers) }]
    }

    /// Stops consumers and the endpoint, marks the store cleanly closed, terminates the ZeroMQ context.
    func shutDown(_ subscriptions: [Subscription]) async {
        for subscription in subscriptions { await subscription.stop() }
        await core.endpoint.stop()
        crashGuard.close()
        crashRecord.close()
        do {
            try await store.write { try StreamMeta.close($0) }
        } catch {
            logger.warning("Could not mark the store closed", metadata: ["error": "\(error)"])
        }
        core.terminate()
    }

    /// Fires the timers due by the time the clock has reached, or by the supervisor's current step when that is
    /// further (`TimerHorizon`), each stamped at its own due time, until cancelled: at once after a commit that
    /// scheduled a timer or a step that moved the horizon, and every 200 ms. With the system clock that is how
    /// timers fire at all. With simulated time the clock stream fires what each tick makes due; this fires what
    /// each step of an advance makes due (the steps between its start and its end reach processes only through
    /// `clock.progress`), a timer scheduled at or before the clock's time after its tick (the facts a step sets
    /// off may schedule more within it), and the backlog a tick leaves beyond `DurableTimers.firingBatch`, batch
    /// after batch without waiting. A write transaction is opened only when a timer is due.
    func fireDueTimers(_ handler: @escaping DurableTimers.Handler) async {
        let stamped = DurableTimers.stampedAtDue(handler, clock: clock)
        let (wakes, wake) = AsyncStream.makeStream(of: Void.self, bufferingPolicy: .bufferingNewest(1))
        let scheduled = InsertCommitObserver(table: "durableTimer") { wake.yield() }
        store.add(transactionObserver: scheduled, extent: .observerLifetime)
        horizon.listen(wake)
        defer {
            horizon.listen(nil)
            store.remove(transactionObserver: scheduled)
        }
        await withDiscardingTaskGroup { group in
            group.addTask {
                while (try? await Task.sleep(for: .milliseconds(200))) != nil { wake.yield() }
            }
            wake.yield()
            for await _ in wakes {
                while !Task.isCancelled, await fireDueBatch(stamped) {}
            }
            group.cancelAll()
        }
    }

    /// Fires one batch of due timers; true when the batch was full, so that more may be due.
    private func fireDueBatch(_ handler: @escaping DurableTimers.Handler) async -> Bool {
        do {
            let (next, limit) = try await store.read { db in
                (try DurableTimers.nextDue(in: db), horizon.limit(reached: try clock.reached(in: db)))
            }
            guard let next, next <= limit else { return false }
            let fired = try await store.write { db in
                try DurableTimers.fireDue(
                    at: horizon.limit(reached: try clock.reached(in: db)), in: db, limit: DurableTimers.firingBatch,
                    handler: handler)
            }
            return fired == DurableTimers.firingBatch
        } catch {
            storeWatch.noteFailure(error)
            logger.error("Timer firing failed; will retry", metadata: ["error": "\(error)"])
            return false
        }
    }
}
