import Metrics

/// The swift-metrics instruments of one subscription, labelled with its stream.
struct SubscriptionMetrics: Sendable {
    let appliedEvents: Counter
    let deadLetters: Counter
    let refused: Counter
    let alerts: Counter
    let lag: Gauge

    init(stream: String) {
        let dimensions = [("stream", stream)]
        appliedEvents = Counter(label: "dropline_stream_applied_events_total", dimensions: dimensions)
        deadLetters = Counter(label: "dropline_stream_dead_letters_total", dimensions: dimensions)
        refused = Counter(label: "dropline_bus_refused_messages_total", dimensions: dimensions)
        alerts = Counter(label: "dropline_stream_alerts_total", dimensions: dimensions)
        lag = Gauge(label: "dropline_stream_lag_events", dimensions: dimensions)
    }

    func applied(count: Int, deadLettered: Int) {
        appliedEvents.increment(by: count - deadLettered)
        if deadLettered > 0 { deadLetters.increment(by: deadLettered) }
    }
}
