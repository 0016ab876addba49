import Glibc
import Logging
import Synchronization

/// The supervisor's children: starts them, restarts them under a ``RestartPolicy``, and stops them.
///
/// Each child has one life-cycle task (``supervise(name:announce:)``): spawn, wait for the exit, back
/// off, spawn again, until a stop. The tasks are owned: their handles are kept in the table, and
/// ``remove(name:grace:)`` and ``stopAll(grace:)`` await them, so none outlives a stop.
///
/// A `final class` with its state under a `Mutex` rather than an actor, so that ``snapshot()`` is
/// synchronous. Callbacks (`onEvent`, the sink) are never called with the lock held.
public final class ChildTable: Sendable {
    let policy: RestartPolicy
    let nameWidth: Int
    let sink: OutputSink
    let logger: Logger
    let onEvent: (@Sendable (ChildEvent) -> Void)?
    let state = Mutex(Registry())

    /// The slots, in start order, and whether ``stopAll(grace:)`` was called.
    struct Registry {
        var slots: [String: ChildSlot] = [:]
        var startOrder: [String] = []
        var isStopped = false
    }

    /// - Parameters:
    ///   - policy: restart policy of every child.
    ///   - nameWidth: width the names are padded to in forwarded log lines.
    ///   - sink: where forwarded log lines go; the supervisor's stdout by default.
    ///   - logger: for this library's debug messages.
    ///   - onEvent: told of starts, exits, restarts and crash loops, on the children's tasks.
    public init(
        policy: RestartPolicy = RestartPolicy(), nameWidth: Int = 12,
        sink: @escaping OutputSink = StandardOutput.writeLine, logger: Logger,
        onEvent: (@Sendable (ChildEvent) -> Void)? = nil
    ) {
        self.policy = policy
        self.nameWidth = nameWidth
        self.sink = sink
        self.logger = logger
        self.onEvent = onEvent
    }

    /// Starts `specs` in order, each spawned before the next; a spec that fails to spawn backs off and
    /// retries like a crashed child. Throws, before starting any, if two children would share a name.
    public func start(_ specs: [ChildSpec]) async throws(ProcessControlError) {
        try state.withLock { registry throws(ProcessControlError) in
            var names = Set(registry.slots.keys)
            for spec in specs where !names.insert(spec.name).inserted {
                throw .duplicateChild(operation: "start", name: spec.name)
            }
        }
        for spec in specs {
            try await add(spec)
        }
    }

    /// Adds and starts one child at run time; returns once its first spawn was attempted.
    public func add(_ spec: ChildSpec) async throws(ProcessControlError) {
        let (firstAttempt, announce) = AsyncStream<Never>.makeStream()
        try state.withLock { registry throws(ProcessControlError) in
            guard !registry.isStopped else { throw .stopped(operation: "add", name: spec.name) }
            guard registry.slots[spec.name] == nil else { throw .duplicateChild(operation: "add", name: spec.name) }
            var slot = ChildSlot(spec: spec, policy: policy)
            slot.lifecycle = Task { await self.supervise(name: spec.name, announce: announce) }
            registry.slots[spec.name] = slot
            registry.startOrder.append(spec.name)
        }
        for await _ in firstAttempt {}
    }

    /// Stops child `name` (SIGTERM, `grace`, SIGKILL) without restart and forgets it.
    public func remove(name: String, grace: Duration) async throws(ProcessControlError) {
        let order = try state.withLock { registry throws(ProcessControlError) -> ChildSlot.StopOrder in
            guard var slot = registry.slots[name] else { throw .unknownChild(operation: "remove", name: name) }
            defer { registry.slots[name] = slot }
            return slot.requestStop(grace: grace)
        }
        logger.debug("removing child", metadata: ["child": "\(name)"])
        await carryOut(order, grace: grace)
        state.withLock { registry in
            registry.slots[name] = nil
            registry.startOrder.removeAll { $0 == name }
        }
    }

    /// Kills child `name` with SIGKILL so that the ordinary restart path brings it back (with the
    /// policy's delay, counted as a restart). Returns `false`, doing nothing, when no process of it
    /// runs (it is backing off, or stopping).
    @discardableResult
    public func restart(name: String, reason: String) throws(ProcessControlError) -> Bool {
        let process = try state.withLock { registry throws(ProcessControlError) -> ChildProcess? in
            guard let slot = registry.slots[name] else { throw .unknownChild(operation: "restart", name: name) }
            return slot.isStopRequested ? nil : slot.process
        }
        guard let process else {
            logger.debug("restart skipped: no running process", metadata: ["child": "\(name)", "reason": "\(reason)"])
            return false
        }
        logger.debug(
            "restart requested", metadata: ["child": "\(name)", "pid": "\(process.pid)", "reason": "\(reason)"])
        try process.signal(SIGKILL)
        return true
    }

    /// Disables restarts and stops every child in reverse start order, each with SIGTERM, `grace`, then
    /// SIGKILL; returns when all have exited and been reaped. Later calls of ``add(_:)`` throw.
    public func stopAll(grace: Duration) async {
        let orders = state.withLock { registry in
            registry.isStopped = true
            return registry.startOrder.reversed().compactMap { name -> ChildSlot.StopOrder? in
                guard var slot = registry.slots[name] else { return nil }
                defer { registry.slots[name] = slot }
                return slot.requestStop(grace: grace)
            }
        }
        logger.debug("stopping all children", metadata: ["count": "\(orders.count)"])
        for order in orders {
            await carryOut(order, grace: grace)
        }
    }

    /// The status of every child, in start order.
    public func snapshot() -> [ChildStatus] {
        state.withLock { registry in
            registry.startOrder.compactMap { registry.slots[$0]?.status }
        }
    }

    /// Stops the order's process, if any, and waits for the child's life-cycle task to finish.
    private func carryOut(_ order: ChildSlot.StopOrder, grace: Duration) async {
        if order.wakesLifecycle {
            order.lifecycle?.cancel()
        }
        if let process = order.process {
            _ = await process.terminate(grace: grace)
        }
        await order.lifecycle?.value
    }
}
