import Logging
import Synchronization

/// A process's `LogRepeatLimiter`, shared by all its loggers' `RepeatLimitingLogHandler`s, with the last line of
/// each kind held back and the handler to write its summary through.
public final class LogRepeats: Sendable {
    private struct Held {
        var event: LogEvent
        var handler: any LogHandler
    }

    private let state: Mutex<(limiter: LogRepeatLimiter, held: [String: Held])>

    public init(window: Duration = .seconds(60)) {
        state = Mutex((LogRepeatLimiter(window: window), [:]))
    }

    /// The verdict on `event` of kind `key`, to be written through `handler`; a line held back is remembered for its
    /// summary.
    func admit(_ key: String, _ event: LogEvent, handler: any LogHandler) -> LogRepeatLimiter.Verdict {
        state.withLock { state in
            let verdict = state.limiter.admit(key, at: .now)
            switch verdict {
            case .suppress: state.held[key] = Held(event: event, handler: handler)
            case .write: state.held[key] = nil
            }
            return verdict
        }
    }

    /// Writes the summary of every kind of line held back in a window that has ended by `now`.
    public func flush(at now: ContinuousClock.Instant = .now) {
        let due = state.withLock { state in
            state.limiter.summaries(at: now).compactMap { summary -> (Held, Int)? in
                guard let held = state.held.removeValue(forKey: summary.key) else { return nil }
                return (held, summary.repeated)
            }
        }
        for (held, repeated) in due { held.handler.log(event: Self.summary(of: held.event, repeated: repeated)) }
    }

    /// `event`, its message followed by `(repeated N times in the last minute)`.
    static func summary(of event: LogEvent, repeated: Int) -> LogEvent {
        var summary = event
        summary.message = "\(event.message) (repeated \(repeated) times in the last minute)"
        return summary
    }
}
