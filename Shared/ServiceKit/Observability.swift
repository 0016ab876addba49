import Logging
import Metrics
import Prometheus

/// Process-wide logging and metrics; `bootstrap` is called once by each executable's `main`.
public enum Observability {
    /// The Prometheus registry behind swift-metrics; the `metrics` RPC renders it.
    public static let registry = PrometheusCollectorRegistry()

    /// The process's repeated warnings and errors, held back and summarised once a minute.
    public static let repeats = LogRepeats()

    /// swift-log to standard error at `level`, a warning or error repeated within a minute written once and then
    /// summarised (`RepeatLimitingLogHandler`); swift-metrics into `registry`.
    public static func bootstrap(level: String) {
        let logLevel = Logger.Level(rawValue: level) ?? .info
        LoggingSystem.bootstrap { label in
            var handler = StreamLogHandler.standardError(label: label)
            handler.logLevel = logLevel
            return RepeatLimitingLogHandler(inner: handler, label: label, repeats: repeats)
        }
        bootstrapMetrics()
    }

    /// swift-metrics into `registry`, once per process however often it is called (a test that reads `metrics` in
    /// process calls it alone, leaving logging as it is).
    public static func bootstrapMetrics() {
        _ = metricsBootstrapped
    }

    private static let metricsBootstrapped: Void = MetricsSystem.bootstrap(PrometheusMetricsFactory(registry: registry))

    /// The Prometheus text exposition of every metric.
    public static func exposition() -> String {
        var buffer: [UInt8] = []
        registry.emit(into: &buffer)
        return String(decoding: buffer, as: UTF8.self)
    }
}
