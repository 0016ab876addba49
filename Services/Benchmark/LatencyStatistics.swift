/// Percentiles of a set of latencies (nearest rank), in milliseconds.
struct LatencyStatistics: Sendable {
    let count: Int
    let p50: Double
    let p99: Double
    let p999: Double
    let max: Double

    /// `nanoseconds` may be in any order; nil when empty.
    init?(nanoseconds: [UInt64]) {
        guard !nanoseconds.isEmpty else { return nil }
        let sorted = nanoseconds.sorted()
        func percentile(_ fraction: Double) -> Double {
            let rank = Int((fraction * Double(sorted.count)).rounded(.up))
            return Double(sorted[Swift.max(0, Swift.min(sorted.count - 1, rank - 1))]) / 1_000_000
        }
        count = sorted.count
        p50 = percentile(0.50)
        p99 = percentile(0.99)
        p999 = percentile(0.999)
        max = Double(sorted[sorted.count - 1]) / 1_000_000
    }
}
