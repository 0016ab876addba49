import Logging
import Synchronization

/// The life-cycle task of one child of ``ChildTable``.
extension ChildTable {
    /// Spawns child `name`, waits for its exit, backs off and spawns again, until a stop is requested.
    /// Finishes `announce` once the first spawn was attempted, which ``add(_:)`` waits for.
    func supervise(name: String, announce: AsyncStream<Never>.Continuation) async {
        defer { announce.finish() }
        while let spec = update(name, { slot in (slot.beginSpawn(), []) }) ?? nil {
            let outcome = Result { () throws(ProcessControlError) in
                try ChildProcess.spawn(spec, nameWidth: nameWidth, sink: sink, logger: logger)
            }
            let step = update(name) { $0.recordSpawn(outcome) } ?? .finish
            announce.finish()
            switch step {
            case .watch(let process):
                let termination = await process.waitForExit()
                guard case .backOff(let delay) = update(name, { $0.recordExit(termination) }) else { return }
                try? await Task.sleep(for: delay)
            case .terminate(let process, let grace):
                let termination = await process.terminate(grace: grace)
                _ = update(name) { $0.recordExit(termination) }
                return
            case .backOff(let delay):
                try? await Task.sleep(for: delay)
            case .finish:
                return
            }
        }
    }

    /// Applies `transition` to slot `name` under the lock, then logs and reports its events.
    /// Returns `nil` if the slot is gone.
    private func update<Value: Sendable>(
        _ name: String, _ transition: (inout ChildSlot) -> (Value, [ChildEvent])
    ) -> Value? {
        let outcome = state.withLock { registry -> (Value, [ChildEvent])? in
            guard var slot = registry.slots[name] else { return nil }
            defer { registry.slots[name] = slot }
            return transition(&slot)
        }
        guard let (value, events) = outcome else { return nil }
        for event in events {
            logger.debug("\(event)", metadata: ["child": "\(name)"])
            onEvent?(event)
        }
        return value
    }
}
