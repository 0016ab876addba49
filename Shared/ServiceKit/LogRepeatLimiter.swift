/// Which of a process's repeated identical log lines are written: the first of a kind, then at most one summary a
/// window (`repeated N times in the last minute`), so that an error that recurs every 50 ms (a full disk under a
/// busy subscription) writes two lines a minute instead of thousands. Pure: time comes in, so it is tested without
/// clocks or loggers; `RepeatLimitingLogHandler` applies it to warnings and errors.
public struct LogRepeatLimiter: Sendable {
    /// What to do with one line.
    public enum Verdict: Sendable, Equatable {
        /// Write it; `repeated` identical lines were held back in the window that ended before it (write their
        /// summary first when above 0).
        case write(repeated: Int)
        /// An identical line was written less than a window ago: count it and write nothing.
        case suppress
    }

    /// A line held back `repeated` times in a window that has ended.
    public struct Summary: Sendable, Equatable {
        public var key: String
        public var repeated: Int

        public init(key: String, repeated: Int) {
            self.key = key
            self.repeated = repeated
        }
    }

    private struct Entry {
        var opened: ContinuousClock.Instant
        var suppressed: Int
    }

    public let window: Duration
    /// How many kinds of line it remembers; beyond, it forgets the one whose window opened first.
    public let maxKeys: Int
    private var entries: [String: Entry] = [:]

    public init(window: Duration = .seconds(60), maxKeys: Int = 1024) {
        self.window = window
        self.maxKeys = maxKeys
    }

    /// The verdict on a line of kind `key` at `now`.
    public mutating func admit(_ key: String, at now: ContinuousClock.Instant) -> Verdict {
        if var entry = entries[key] {
            if now < entry.opened + window {
                entry.suppressed += 1
                entries[key] = entry
                return .suppress
            }
            entries[key] = Entry(opened: now, suppressed: 0)
            return .write(repeated: entry.suppressed)
        }
        if entries.count >= maxKeys, let oldest = entries.min(by: { $0.value.opened < $1.value.opened })?.key {
            entries[oldest] = nil
        }
        entries[key] = Entry(opened: now, suppressed: 0)
        return .write(repeated: 0)
    }

    /// The lines held back in windows that ended by `now`, by key; each such window is followed by a new one, so a
    /// line that keeps recurring is summarised once a window. A kind whose window ended with nothing held back is
    /// forgotten, and its next line is written as a first.
    public mutating func summaries(at now: ContinuousClock.Instant) -> [Summary] {
        var due: [Summary] = []
        for (key, entry) in entries where now >= entry.opened + window {
            if entry.suppressed > 0 {
                due.append(Summary(key: key, repeated: entry.suppressed))
                entries[key] = Entry(opened: now, suppressed: 0)
            } else {
                entries[key] = nil
            }
        }
        return due.sorted { $0.key < $1.key }
    }
}
