import Contracts
import Foundation
import GRDB
import Logging
import MeshConfig
import Streams
import Synchronization

/// One running Dropline service process that owns a store: its config, store, outbox, clock and network endpoint
/// (the endpoint, clients and shutdown through `HostCore`, as `StatelessHost` has them).
///
/// Opening it opens everything a service needs before its own code runs (so the service can be built from
/// `parts`); `run` then consumes streams, serves RPCs and fires timers until SIGTERM/SIGINT or the supervisor's
/// death, and shuts down cleanly.
public final class ServiceHost: Sendable {
    public let store: DatabasePool
    /// The service's outbox; events appended in a transaction are published after commit.
    public let outbox: Outbox
    public let clock: DomainClock
    let core: HostCore
    let lock: StoreLock
    /// The store's commits, which `clock.progress` waits on.
    let commits = CommitCounter()
    /// How far beyond its clock the host fires timers: the supervisor's current step.
    let horizon = TimerHorizon()
    /// The last `clock.progress` read from the store, with the commits counted when it was read.
    let lastProgress = Mutex<(commits: UInt64, report: ClockProgress)?>(nil)
    /// Whether the store can still be written (docs/streams.md §4.9).
    let storeWatch: StoreWatch
    /// The signal that ended the last run, and this run's record of its own.
    let crashRecord: CrashRecordFile
    /// Marks each input in flight, and sets aside or refuses what crashed the process (docs/streams.md §4.6).
    let crashGuard: CrashGuard

    /// The instance name (for services, also the name of the stream it publishes).
    public var name: String { core.name }
    public var configuration: MeshConfiguration { core.configuration }
    public var instance: InstanceSettings { core.instance }
    public var logger: Logger { core.logger }

    /// Opens the store (locked, migrated, `synchronous=FULL`), the outbox and the endpoint.
    ///
    /// - Parameters:
    ///   - name: the instance to run, from `ServiceOptions.instanceName`.
    ///   - publishes: whether the service publishes a stream (the XPUB is bound only then).
    ///   - migrations: the service's own versioned migrations.
    public convenience init(
        name: String, configuration: MeshConfiguration, publishes: Bool,
        migrations: (inout DatabaseMigrator) -> Void
    ) async throws {
        guard let instance = configuration.instance(named: name) else { throw ServiceHostError.unknownInstance(name) }
        try await self.init(
            instance: instance, stream: name, configuration: configuration, publishes: publishes,
            migrations: migrations)
    }

    /// Opens a host for an explicit instance publishing `stream` (the supervisor: instance `supervisor`,
    /// stream `clock`). The state folder and the store's files are first made private to this user if they were
    /// not (`PrivateFiles`).
    public init(
        instance: InstanceSettings, stream: String, configuration: MeshConfiguration, publishes: Bool,
        migrations: (inout DatabaseMigrator) -> Void
    ) async throws {
        let logger = HostCore.logger(for: instance, configuration: configuration)
        try PrivateFiles.secureFolder(configuration.stateDirectory, logger: logger)
        PrivateFiles.secureFiles(
            ["", "-wal", "-shm", ".lock"].map { instance.storePath + $0 }, logger: logger)
        lock = try StoreLock(storePath: instance.storePath)
        store = try StoreSetup.open(path: instance.storePath, migrations: migrations)
        store.add(transactionObserver: commits, extent: .observerLifetime)
        storeWatch = StoreWatch(path: instance.storePath, store: instance.name, logger: logger)
        store.add(transactionObserver: storeWatch, extent: .observerLifetime)
        crashRecord = try CrashRecordFile(storePath: instance.storePath)
        crashGuard = CrashGuard.open(
            storePath: instance.storePath, lastCrash: crashRecord.lastCrash, build: CrashRecordFile.build,
            store: instance.name, logger: logger)
        let opened = try await store.write { try StreamMeta.open($0, bootID: StreamMeta.currentBootID()) }
        if opened.rotatedAfterUncleanShutdown {
            logger.error(
                "Store was running when the machine went down: new epoch, subscribers will fence",
                metadata: ["epoch": "\(opened.epoch)"])
        }
        let streams = configuration.streams
        outbox = Outbox(stream: stream, epoch: opened.epoch, maxBodyBytes: streams.maxMessageBytes)
        switch configuration.clock.mode {
        case .system: clock = DomainClock(mode: .system, stored: nil)
        case .simulated:
            let stored = try await store.read { try DomainClockSchema.stored($0) }
            clock = DomainClock(mode: .simulated(start: configuration.clock.start), stored: stored)
        }
        let publication =
            publishes
            ? StreamEndpoint.Publication(
                stream: stream, epoch: opened.epoch, publishEndpoint: instance.publishEndpoint, writer: store,
                retainedEvents: streams.retentionEvents)
            : nil
        core = try await HostCore(
            instance: instance, configuration: configuration, logger: logger, publication: publication)
        logger.info(
            "Started",
            metadata: [
                "rpc": "\(instance.rpcEndpoint)", "epoch": "\(opened.epoch)", "db.path": "\(instance.storePath)",
            ])
    }

    /// A client for another instance's RPCs (its endpoint from the mesh config).
    public func client(for instanceName: String) throws -> RPCClient {
        try core.client(for: instanceName)
    }

    /// A client for the supervisor's RPCs (`supervisor.*`, `clock.*`).
    public func supervisorClient() throws -> RPCClient {
        try core.supervisorClient()
    }

    func subscriptionOptions() -> Subscription.Options {
        let streams = configuration.streams
        return Subscription.Options(
            subscriber: name, heartbeatInterval: streams.heartbeatInterval, credit: UInt64(streams.fetchCredit),
            batchMax: streams.batchMax, maxMessageBytes: streams.maxMessageBytes,
            lagAlarmEvents: UInt64(streams.lagAlarmEvents))
    }

    /// Builds the subscriptions for `consumes`, plus the clock stream in simulated mode when `followsClock`. With
    /// simulated time each handler applies its events stamped no earlier than the event (`CausalStreamHandler`).
    func makeSubscriptions(
        _ consumes: [Consumption], timers: DurableTimers.Handler?, followsClock: Bool
    ) throws -> [Subscription] {
        var subscriptions = try consumes.map { consumption in
            guard let source = configuration.instance(named: consumption.source) else {
                throw ServiceHostError.unknownSource(consumer: name, source: consumption.source)
            }
            let handler: any StreamHandler =
                if case .simulated = clock.mode {
                    CausalStreamHandler(handler: consumption.handler, clock: clock)
                } else {
                    consumption.handler
                }
            return Subscription(
                source: .init(
                    stream: source.name, publishEndpoint: source.publishEndpoint, rpcEndpoint: source.rpcEndpoint),
                options: subscriptionOptions(), writer: store, handler: handler, context: core.context, logger: logger,
                crashGuard: crashGuard, writeFailed: { [storeWatch] in storeWatch.noteFailure($0) })
        }
        if followsClock, case .simulated = clock.mode {
            let supervisor = configuration.supervisor
            subscriptions.append(
                Subscription(
                    source: .init(
                        stream: StreamNames.clock, publishEndpoint: supervisor.clockEndpoint,
                        rpcEndpoint: supervisor.rpcEndpoint),
                    options: subscriptionOptions(), writer: store,
                    handler: ClockStreamHandler(clock: clock, timers: timers ?? { _, _ in }), context: core.context,
                    logger: logger, crashGuard: crashGuard, writeFailed: { [storeWatch] in storeWatch.noteFailure($0) }
                ))
        }
        return subscriptions
    }
}

extension ServiceHost {
    /// What every service `main` does first: load the mesh config from `options` (a bad value prints one
    /// line and exits 2), bootstrap logging and metrics, and open the host for the named instance.
    public static func launch(
        _ options: ServiceOptions, defaultName: String, publishes: Bool, migrations: (inout DatabaseMigrator) -> Void
    ) async throws -> ServiceHost {
        let configuration = try options.loadConfigurationAndBootstrap()
        return try await ServiceHost(
            name: options.instanceName(default: defaultName), configuration: configuration, publishes: publishes,
            migrations: migrations)
    }
}
