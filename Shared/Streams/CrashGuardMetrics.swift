import Metrics

/// The swift-metrics instruments of one store's crash guard, labelled with the store's instance.
struct CrashGuardMetrics: Sendable {
    /// Events set aside and requests condemned, by `kind` (`event`, `request`).
    let setAsideEvents: Counter
    let condemnedRequests: Counter
    /// Calls refused because their request crashed the process.
    let refusals: Counter
    /// Inputs in flight at a crash and not yet applied to the end.
    let suspects: Gauge

    init(store: String) {
        setAsideEvents = Counter(
            label: "dropline_poison_inputs_total", dimensions: [("store", store), ("kind", "event")])
        condemnedRequests = Counter(
            label: "dropline_poison_inputs_total", dimensions: [("store", store), ("kind", "request")])
        refusals = Counter(label: "dropline_poison_refusals_total", dimensions: [("store", store)])
        suspects = Gauge(label: "dropline_crash_suspects", dimensions: [("store", store)])
    }
}
