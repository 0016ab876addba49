import Foundation
import Logging
import ServiceKit
import Synchronization
import Testing

/// Finding 13's log: a failure that recurs every few milliseconds writes its line once, then a summary a minute
/// (`LogRepeatLimiter`, pure; `RepeatLimitingLogHandler` over a recording handler).
@Suite struct LogRepeatLimiterTests {
    let t0 = ContinuousClock.now

    func at(_ seconds: Double) -> ContinuousClock.Instant { t0 + .milliseconds(Int64(seconds * 1000)) }

    @Test("Finding 13: a repeated line is written once, held back for a minute, then summarised with its count")
    func repeatedLineIsWrittenOnceThenSummarised() {
        var limiter = LogRepeatLimiter()
        #expect(limiter.admit("full", at: at(0)) == .write(repeated: 0))
        for tick in 1...1_199 { #expect(limiter.admit("full", at: at(Double(tick) * 0.05)) == .suppress) }
        #expect(limiter.summaries(at: at(59)).isEmpty, "the window is still open")
        #expect(limiter.summaries(at: at(60)) == [.init(key: "full", repeated: 1_199)])
        // The line keeps recurring: one summary a minute, no line of its own
        #expect(limiter.admit("full", at: at(60.05)) == .suppress)
        #expect(limiter.summaries(at: at(120)) == [.init(key: "full", repeated: 1)])
        // It stopped: a quiet window forgets it, and its next occurrence is written as a first
        #expect(limiter.summaries(at: at(180)).isEmpty)
        #expect(limiter.admit("full", at: at(181)) == .write(repeated: 0))
    }

    @Test("Finding 13: another line is written at once, and an unsummarised window is told with the next line")
    func distinctLinesAreIndependent() {
        var limiter = LogRepeatLimiter()
        #expect(limiter.admit("full", at: at(0)) == .write(repeated: 0))
        #expect(limiter.admit("deleted", at: at(1)) == .write(repeated: 0))
        #expect(limiter.admit("full", at: at(2)) == .suppress)
        #expect(limiter.admit("full", at: at(3)) == .suppress)
        #expect(limiter.admit("full", at: at(61)) == .write(repeated: 2))
    }

    @Test("Finding 13: the limiter remembers at most maxKeys kinds of line, forgetting the oldest")
    func boundedMemory() {
        var limiter = LogRepeatLimiter(maxKeys: 2)
        _ = limiter.admit("a", at: at(0))
        _ = limiter.admit("b", at: at(1))
        _ = limiter.admit("c", at: at(2))
        #expect(limiter.admit("a", at: at(3)) == .write(repeated: 0), "a was forgotten")
        #expect(limiter.admit("c", at: at(4)) == .suppress)
    }

    @Test("Finding 13: the handler writes a repeated warning once, debug lines always, and flushes the summary")
    func handlerLimitsWarningsOnly() {
        let lines = Lines()
        let repeats = LogRepeats(window: .milliseconds(50))
        let logger = Logger(label: "svc") { label in
            RepeatLimitingLogHandler(inner: Lines.Handler(lines: lines), label: label, repeats: repeats)
        }
        for _ in 1...100 {
            logger.warning("Apply failed; will retry", metadata: ["error": "SQLite error 13: database or disk is full"])
            logger.debug("turn")
        }
        logger.warning("Apply failed; will retry", metadata: ["error": "another"])
        #expect(lines.all.filter { $0.hasPrefix("Apply failed") }.count == 2)
        #expect(lines.all.filter { $0 == "turn" }.count == 100)
        repeats.flush(at: .now + .milliseconds(60))
        #expect(lines.all.last == "Apply failed; will retry (repeated 99 times in the last minute)")
    }
}

/// The messages a logger wrote, in order.
final class Lines: Sendable {
    private let messages = Mutex<[String]>([])

    var all: [String] { messages.withLock { $0 } }

    /// A handler at `trace` that records each message.
    struct Handler: LogHandler {
        let lines: Lines
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            lines.messages.withLock { $0.append(event.message.description) }
        }
    }
}
