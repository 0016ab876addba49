import CLI
import Contracts
import Foundation
import Streams
import Testing

/// `dropline status` folds a consumer's subscriptions to a partitioned group's partitions when they agree.
struct StatusSummaryTests {
    static func subscription(_ stream: String, lag: Int = 0, phase: String = "live") throws -> SubscriptionStatus {
        let json = """
            {"stream": "\(stream)", "phase": "\(phase)", "applied": 0, "knownHead": \(lag), "lag": \(lag),
             "counters": {"applied": 0, "duplicates": 0, "fetches": 0, "gapFetches": 0, "fetchTimeouts": 0,
                          "overflowDropped": 0},
             "refused": 0, "deadLetters": 0}
            """
        return try JSONDecoder().decode(SubscriptionStatus.self, from: Data(json.utf8))
    }

    @Test("runs of partitions with the same lag and phase fold; a differing one breaks the run")
    func folding() throws {
        let subscriptions =
            try ["orders"].map { try Self.subscription($0) }
            + (0...7).map { try Self.subscription("dispatch.p\($0)", lag: $0 == 5 ? 3 : 0) }
            + [try Self.subscription("clock", phase: "catching-up")]
        #expect(
            StatusTable.subscriptionSummary(subscriptions)
                == "orders 0 live, dispatch.p0-4 0 live, dispatch.p5 3 live, dispatch.p6-7 0 live, clock 0 catching-up")
        #expect(StatusTable.subscriptionSummary([]) == "-")
    }
}
