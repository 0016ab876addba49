import MeshConfig

extension ServiceHost {
    /// The parts a `DomainService` is built from: this host's store, outbox, clock, logger and state folder.
    public var parts: ServiceParts {
        ServiceParts(
            store: store, outbox: outbox, clock: clock, logger: logger,
            stateDirectory: configuration.stateDirectory)
    }

    /// The policy settings of this instance's service, `services.<service>.settings`, for its `<Name>Settings`.
    public var settingsReader: SettingsReader {
        let service = instance.serviceName
        return SettingsReader(configuration.service(named: service)?.settings ?? [:], service: service)
    }

    /// Runs `service` until shutdown: its consumptions, methods and timers, with `background` loops beside them.
    public func run(
        _ service: some DomainService, background: [@Sendable () async throws -> Void] = [],
        followsClock: Bool = true
    ) async throws {
        try await run(
            consumes: service.consumptions, methods: service.methods, timers: service.timers, background: background,
            followsClock: followsClock, work: service.pendingWork)
    }

    /// Runs `service` as one of several stores a process hosts (a dispatch worker's partitions), until `stop`
    /// returns; see `runHosted(consumes:methods:timers:background:until:)`.
    public func runHosted(
        _ service: some DomainService, background: [@Sendable () async throws -> Void] = [],
        until stop: @escaping @Sendable () async -> Void
    ) async throws {
        try await runHosted(
            consumes: service.consumptions, methods: service.methods, timers: service.timers, background: background,
            work: service.pendingWork, until: stop)
    }
}
