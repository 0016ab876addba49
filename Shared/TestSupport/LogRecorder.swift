import Logging
import Synchronization

/// Collects what a component logs, so a test can check or wait for a message (instead of reading stderr).
public final class LogRecorder: Sendable {
    private let records = Mutex<[(level: Logger.Level, message: String, metadata: Logger.Metadata)]>([])

    public init() {}

    /// A logger at `trace` that records into this recorder.
    public var logger: Logger {
        Logger(label: "test") { _ in Handler(recorder: self) }
    }

    /// Everything logged so far, in order.
    public var messages: [(level: Logger.Level, message: String, metadata: Logger.Metadata)] {
        records.withLock { $0 }
    }

    /// True once a message equal to `message` was logged.
    public func contains(_ message: String) -> Bool {
        records.withLock { $0.contains { $0.message == message } }
    }

    /// The messages logged as `message`, each with its metadata as text.
    public func entries(_ message: String) -> [[String: String]] {
        messages.filter { $0.message == message }.map { $0.metadata.mapValues { "\($0)" } }
    }

    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var metadataProvider: Logger.MetadataProvider?
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            let merged = metadata.merging(event.metadata ?? [:]) { $1 }
            recorder.records.withLock { $0.append((event.level, event.message.description, merged)) }
        }
    }
}
