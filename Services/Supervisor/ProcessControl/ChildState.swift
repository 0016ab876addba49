/// Where a child of ``ChildTable`` is in its life cycle.
public enum ChildState: Sendable, Hashable {
    /// Being spawned.
    case starting
    /// Spawned and not yet exited.
    case running
    /// Exited (or failed to spawn); will be restarted at `until`.
    case backingOff(until: ContinuousClock.Instant)
    /// Like ``backingOff(until:)``, at the policy's maximum delay, because the child is crash-looping.
    case crashLooping(until: ContinuousClock.Instant)
    /// The latest spawn failed with `error`; it will be tried again at `retryAt`.
    case failedToSpawn(ProcessControlError, retryAt: ContinuousClock.Instant)
    /// SIGTERM sent by ``ChildTable/stopAll(grace:)`` or ``ChildTable/remove(name:grace:)``; waiting for the exit.
    case stopping
    /// Stopped for good; no restart follows.
    case stopped
}
