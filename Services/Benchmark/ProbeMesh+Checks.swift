import Contracts
import GRDB
import Streams

extension ProbeMesh {
    /// Reads `probe.summary` and judges it: the sink applied 1…`expected`, each once, in order.
    func exactlyOnce(expected: Int) async -> ExactlyOnce {
        do {
            let summary = try await summary()
            let range = "\(summary.firstSeq.map(String.init) ?? "-")…\(summary.lastSeq.map(String.init) ?? "-")"
            return ExactlyOnce(
                expected: expected,
                observed: "count \(summary.count), distinct \(summary.distinct), seq \(range), "
                    + (summary.inOrder ? "in order" : "NOT in order"),
                holds: summary.isExactlyOnce(expected: expected))
        } catch {
            return ExactlyOnce(expected: expected, observed: "no summary: \(error)", holds: false)
        }
    }

    /// The sink's protocol counters as one line: how much came live, how much by replay.
    func counterNote() async -> String {
        guard let status = try? await sinkSubscription() else { return "sink counters: unavailable" }
        let counters = status.counters
        return "sink counters: applied \(counters.applied), fetches \(counters.fetches) (gap \(counters.gapFetches), "
            + "timed out \(counters.fetchTimeouts)), duplicates dropped \(counters.duplicates), "
            + "overflow dropped \(counters.overflowDropped)"
    }

    /// The source's outbox bodies: average, smallest and largest size in bytes.
    func eventSizes() throws -> (average: Int, smallest: Int, largest: Int) {
        try read(.source) { db in
            let row = try Row.fetchOne(
                db,
                sql: """
                    SELECT AVG(LENGTH(body)) AS average, MIN(LENGTH(body)) AS smallest, MAX(LENGTH(body)) AS largest
                    FROM outboxEvent
                    """)
            let average: Double = row?["average"] ?? 0
            return (Int(average.rounded()), row?["smallest"] ?? 0, row?["largest"] ?? 0)
        }
    }
}
