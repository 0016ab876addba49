/// When to restart a child that stopped on its own: exponential backoff and crash-loop detection.
///
/// The settings only; ``RestartTracker`` applies them to one child's history.
public struct RestartPolicy: Sendable, Hashable {
    /// Delay before the first restart, and again after a stable run.
    public let initialDelay: Duration
    /// Ceiling of the doubling delay, and the delay of every restart while crash-looping.
    public let maximumDelay: Duration
    /// A child that ran at least this long before exiting resets the backoff and the crash-loop flag.
    public let stableRunTime: Duration
    /// This many restarts within ``crashLoopWindow`` mark the child crash-looping.
    public let crashLoopRestarts: Int
    /// The window of ``crashLoopRestarts``.
    public let crashLoopWindow: Duration

    /// Values below their floor are raised: `maximumDelay` to `initialDelay`, `crashLoopRestarts` to 1.
    public init(
        initialDelay: Duration = .milliseconds(100), maximumDelay: Duration = .seconds(30),
        stableRunTime: Duration = .seconds(10), crashLoopRestarts: Int = 5, crashLoopWindow: Duration = .seconds(60)
    ) {
        self.initialDelay = max(.zero, initialDelay)
        self.maximumDelay = max(self.initialDelay, maximumDelay)
        self.stableRunTime = stableRunTime
        self.crashLoopRestarts = max(1, crashLoopRestarts)
        self.crashLoopWindow = crashLoopWindow
    }
}
