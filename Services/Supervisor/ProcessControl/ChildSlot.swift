import Foundation

/// ``ChildTable``'s record of one child, kept under the table's lock, and its state transitions.
///
/// Each transition returns the events it caused; the table sends them after releasing its lock.
struct ChildSlot {
    /// What the child's life-cycle task does after a transition.
    enum NextStep: Sendable {
        /// Wait for this process to exit.
        case watch(ChildProcess)
        /// A stop came while spawning: stop this process with this grace period, then finish.
        case terminate(ChildProcess, grace: Duration)
        /// Sleep this long, then spawn again.
        case backOff(Duration)
        /// No restart: the child is stopped.
        case finish
    }

    /// What a stop must do besides marking the slot: stop its process and wait for its task.
    struct StopOrder: Sendable {
        var process: ChildProcess?
        var lifecycle: Task<Void, Never>?
        /// Whether to cancel the task to cut its backoff sleep short. Never while a process runs or is
        /// being spawned: the task then stops that process itself and must not lose its grace period.
        var wakesLifecycle: Bool
    }

    let spec: ChildSpec
    var tracker: RestartTracker
    var state = ChildState.starting
    var process: ChildProcess?
    var startedAt: Date?
    var startedInstant: ContinuousClock.Instant?
    var restarts = 0
    var lastExit: ChildExit?
    /// The task running ``ChildTable/supervise(name:announce:)`` for this child.
    var lifecycle: Task<Void, Never>?
    /// Set by a stop: no restart follows, and a process spawned meanwhile is stopped with this grace.
    private var stopGrace: Duration?
    private var hasSpawned = false

    init(spec: ChildSpec, policy: RestartPolicy) {
        self.spec = spec
        self.tracker = RestartTracker(policy: policy)
    }

    /// The slot as a row of ``ChildTable/snapshot()``.
    var status: ChildStatus {
        ChildStatus(
            name: spec.name, pid: process?.pid, state: state, startedAt: startedAt, restarts: restarts,
            lastExit: lastExit, backoff: tracker.currentDelay, isCrashLooping: tracker.isCrashLooping)
    }

    /// Whether a stop was requested.
    var isStopRequested: Bool { stopGrace != nil }

    /// Marks the child starting and returns its spec, or marks it stopped and returns `nil` once a stop
    /// was requested.
    mutating func beginSpawn() -> ChildSpec? {
        guard stopGrace == nil else {
            state = .stopped
            return nil
        }
        if hasSpawned { restarts += 1 }
        hasSpawned = true
        state = .starting
        return spec
    }

    /// Records the outcome of a spawn.
    mutating func recordSpawn(_ outcome: Result<ChildProcess, ProcessControlError>) -> (NextStep, [ChildEvent]) {
        switch outcome {
        case .success(let spawned):
            process = spawned
            startedAt = Date()
            startedInstant = .now
            let events = [ChildEvent.started(name: spec.name, pid: spawned.pid)]
            if let stopGrace {
                state = .stopping
                return (.terminate(spawned, grace: stopGrace), events)
            }
            state = .running
            return (.watch(spawned), events)
        case .failure(let error):
            let events = [ChildEvent.spawnFailed(name: spec.name, error: error)]
            guard stopGrace == nil else {
                state = .stopped
                return (.finish, events)
            }
            let (delay, restartEvents) = scheduleRestart(afterRunning: .zero, spawnError: error)
            return (.backOff(delay), events + restartEvents)
        }
    }

    /// Records the exit of the child's process.
    mutating func recordExit(_ termination: Termination) -> (NextStep, [ChildEvent]) {
        let runTime = startedInstant.map { $0.duration(to: .now) } ?? .zero
        process = nil
        lastExit = ChildExit(termination: termination, at: Date())
        let events = [ChildEvent.exited(name: spec.name, termination: termination)]
        guard stopGrace == nil else {
            state = .stopped
            return (.finish, events)
        }
        let (delay, restartEvents) = scheduleRestart(afterRunning: runTime, spawnError: nil)
        return (.backOff(delay), events + restartEvents)
    }

    /// Marks the child as stopping for good and says what the stop must do.
    mutating func requestStop(grace: Duration) -> StopOrder {
        stopGrace = grace
        let spawning = state == .starting
        if process != nil {
            state = .stopping
        } else if !spawning {
            state = .stopped
        }
        return StopOrder(process: process, lifecycle: lifecycle, wakesLifecycle: process == nil && !spawning)
    }

    /// Asks the tracker for the delay of the next restart and sets the waiting state.
    private mutating func scheduleRestart(
        afterRunning runTime: Duration, spawnError: ProcessControlError?
    ) -> (Duration, [ChildEvent]) {
        let now = ContinuousClock.now
        let decision = tracker.scheduleRestart(afterRunning: runTime, at: now)
        let until = now + decision.delay
        if let spawnError {
            state = .failedToSpawn(spawnError, retryAt: until)
        } else {
            state = decision.isCrashLooping ? .crashLooping(until: until) : .backingOff(until: until)
        }
        var events: [ChildEvent] = decision.enteredCrashLoop ? [.crashLoop(name: spec.name)] : []
        events.append(.restarting(name: spec.name, after: decision.delay))
        return (decision.delay, events)
    }
}
