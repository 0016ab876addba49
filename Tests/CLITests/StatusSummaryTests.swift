import CLI
import Contracts
import Foundation
import Testing

/// `dropline status` folds a consumer's subscriptions to a partitioned group's partitions when they agree.
struct StatusSummaryTests {
    static func subscription(_ stream: String, lag: UInt64 = 0, phase: SubscriptionPhase = .live) -> SubscriptionStatus
    {
        SubscriptionStatus(
            stream: stream, phase: phase, epoch: nil, applied: 0, knownHead: lag, lag: lag,
            counters: SubscriptionCounters(), refused: 0, deadLetters: 0, alert: nil)
    }

    @Test("runs of partitions with the same lag and phase fold; a differing one breaks the run")
    func folding() {
        let subscriptions =
            [Self.subscription("orders")]
            + (0...7).map { Self.subscription("dispatch.p\($0)", lag: $0 == 5 ? 3 : 0) }
            + [Self.subscription("clock", phase: .catchingUp)]
        #expect(
            StatusTable.subscriptionSummary(subscriptions)
                == "orders 0 live, dispatch.p0-4 0 live, dispatch.p5 3 live, dispatch.p6-7 0 live, clock 0 catching-up")
        #expect(StatusTable.subscriptionSummary([]) == "-")
    }
}
