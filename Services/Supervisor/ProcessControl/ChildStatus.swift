import Foundation
import Glibc

/// One row of ``ChildTable/snapshot()``: what the supervisor shows about a child.
public struct ChildStatus: Sendable, Hashable {
    /// The spec's name.
    public var name: String
    /// The running process's id, `nil` when no process runs.
    public var pid: pid_t?
    /// Life-cycle state.
    public var state: ChildState
    /// Wall-clock time of the latest successful spawn, for uptime display.
    public var startedAt: Date?
    /// Restarts so far (after exits, failed spawns and ``ChildTable/restart(name:reason:)``).
    public var restarts: Int
    /// The latest exit, if any.
    public var lastExit: ChildExit?
    /// The delay chosen for the latest restart, `.zero` before the first.
    public var backoff: Duration
    /// Whether the restart policy judges the child crash-looping (also while it runs).
    public var isCrashLooping: Bool

    public init(
        name: String, pid: pid_t?, state: ChildState, startedAt: Date?, restarts: Int, lastExit: ChildExit?,
        backoff: Duration, isCrashLooping: Bool
    ) {
        self.name = name
        self.pid = pid
        self.state = state
        self.startedAt = startedAt
        self.restarts = restarts
        self.lastExit = lastExit
        self.backoff = backoff
        self.isCrashLooping = isCrashLooping
    }
}

/// How and when a child last exited.
public struct ChildExit: Sendable, Hashable {
    /// How it ended.
    public var termination: Termination
    /// Wall-clock time the exit was observed.
    public var at: Date

    public init(termination: Termination, at: Date) {
        self.termination = termination
        self.at = at
    }
}
