import Logging
import Synchronization

/// Keeps the messages logged through `logger`, so a test can wait for one.
final class LogRecorder: Sendable {
    private let messages = Mutex<[String]>([])

    /// A logger at `trace` that records into this recorder.
    var logger: Logger {
        Logger(label: "mail-test") { _ in Handler(recorder: self) }
    }

    /// True once a message equal to `message` was logged.
    func contains(_ message: String) -> Bool {
        messages.withLock { $0.contains(message) }
    }

    /// Appends each message to the recorder.
    private struct Handler: LogHandler {
        let recorder: LogRecorder
        var metadata: Logger.Metadata = [:]
        var logLevel: Logger.Level = .trace

        subscript(metadataKey key: String) -> Logger.Metadata.Value? {
            get { metadata[key] }
            set { metadata[key] = newValue }
        }

        func log(event: LogEvent) {
            recorder.messages.withLock { $0.append(event.message.description) }
        }
    }
}
