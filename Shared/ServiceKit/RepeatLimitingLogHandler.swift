import Logging

/// A log handler that writes through `inner`, except that a warning or error identical to one written less than a
/// minute ago (same logger, level, message and metadata) is held back and counted, then summarised once a minute
/// (`LogRepeats`). Lines below warning are written as they come.
public struct RepeatLimitingLogHandler: LogHandler {
    public var inner: any LogHandler
    public let label: String
    let repeats: LogRepeats

    public init(inner: any LogHandler, label: String, repeats: LogRepeats) {
        self.inner = inner
        self.label = label
        self.repeats = repeats
    }

    public var metadata: Logger.Metadata {
        get { inner.metadata }
        set { inner.metadata = newValue }
    }

    public var logLevel: Logger.Level {
        get { inner.logLevel }
        set { inner.logLevel = newValue }
    }

    public var metadataProvider: Logger.MetadataProvider? {
        get { inner.metadataProvider }
        set { inner.metadataProvider = newValue }
    }

    public subscript(metadataKey key: String) -> Logger.Metadata.Value? {
        get { inner[metadataKey: key] }
        set { inner[metadataKey: key] = newValue }
    }

    public func log(event: LogEvent) {
        guard event.level >= .warning else { return inner.log(event: event) }
        let metadata = inner.metadata.merging(event.metadata ?? [:]) { $1 }
        let key =
            ([label, event.level.rawValue, event.message.description]
            + metadata.keys.sorted().map { key in
                "\(key)=\(metadata[key].map { "\($0)" } ?? "")"
            }).joined(separator: "\u{1F}")
        switch repeats.admit(key, event, handler: inner) {
        case .suppress:
            return
        case .write(let repeated):
            if repeated > 0 { inner.log(event: LogRepeats.summary(of: event, repeated: repeated)) }
            inner.log(event: event)
        }
    }
}
