/// One child's restart history under a ``RestartPolicy``: a pure value, with time passed in.
///
/// Each call of ``scheduleRestart(afterRunning:at:)`` stands for one restart about to happen:
/// - a run of at least `stableRunTime` first resets the delay to `initialDelay`, forgets earlier
///   restarts and clears the crash-loop flag;
/// - the restart is counted in the window; reaching `crashLoopRestarts` restarts within
///   `crashLoopWindow` (this one included) marks the child crash-looping;
/// - the delay is the current backoff, or `maximumDelay` while crash-looping; the backoff then
///   doubles, up to `maximumDelay`.
public struct RestartTracker: Sendable, Hashable {
    /// The settings applied.
    public let policy: RestartPolicy
    /// Whether the child is crash-looping; cleared only by a stable run.
    public private(set) var isCrashLooping = false
    /// The delay chosen for the latest restart, `.zero` before the first.
    public private(set) var currentDelay = Duration.zero
    /// The delay the next unstable restart gets, crash loop aside.
    private var backoff: Duration
    /// Times of the latest restarts, oldest first, at most `crashLoopRestarts` of them.
    private var recentRestarts: [ContinuousClock.Instant] = []

    public init(policy: RestartPolicy) {
        self.policy = policy
        self.backoff = policy.initialDelay
    }

    /// Records a restart, at `now`, of a child that ran for `runTime` (`.zero` when it failed to
    /// spawn), and says how long to wait before it.
    public mutating func scheduleRestart(
        afterRunning runTime: Duration, at now: ContinuousClock.Instant
    ) -> RestartDecision {
        if runTime >= policy.stableRunTime {
            backoff = policy.initialDelay
            isCrashLooping = false
            recentRestarts.removeAll()
        }
        recentRestarts.append(now)
        recentRestarts.removeAll { now - $0 >= policy.crashLoopWindow }
        if recentRestarts.count > policy.crashLoopRestarts {
            recentRestarts.removeFirst(recentRestarts.count - policy.crashLoopRestarts)
        }
        let wasCrashLooping = isCrashLooping
        if recentRestarts.count >= policy.crashLoopRestarts {
            isCrashLooping = true
        }
        currentDelay = isCrashLooping ? policy.maximumDelay : backoff
        backoff = min(backoff * 2, policy.maximumDelay)
        return RestartDecision(
            delay: currentDelay, isCrashLooping: isCrashLooping,
            enteredCrashLoop: isCrashLooping && !wasCrashLooping)
    }
}

/// What ``RestartTracker/scheduleRestart(afterRunning:at:)`` decided for one restart.
public struct RestartDecision: Sendable, Hashable {
    /// How long to wait before restarting.
    public var delay: Duration
    /// Whether the child is crash-looping (then `delay` is the policy's maximum).
    public var isCrashLooping: Bool
    /// Whether this restart is the one that made the child crash-looping.
    public var enteredCrashLoop: Bool

    public init(delay: Duration, isCrashLooping: Bool, enteredCrashLoop: Bool) {
        self.delay = delay
        self.isCrashLooping = isCrashLooping
        self.enteredCrashLoop = enteredCrashLoop
    }
}
