import Glibc

/// What ``ChildTable`` reports through its `onEvent` callback, for the supervisor's logs and metrics.
public enum ChildEvent: Sendable, Hashable {
    /// A process was spawned for the child.
    case started(name: String, pid: pid_t)
    /// Spawning the child failed; a restart is scheduled as for an exit.
    case spawnFailed(name: String, error: ProcessControlError)
    /// The child's process ended (on its own, by ``ChildTable/restart(name:reason:)`` or by a stop).
    case exited(name: String, termination: Termination)
    /// The child will be restarted after this delay.
    case restarting(name: String, after: Duration)
    /// The child has just become crash-looping (reported once per crash loop).
    case crashLoop(name: String)
}
