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

    @Test("Finding 7: a service's own alerts show under the table, one line each, after the dead letters' count")
    func serviceAlerts() {
        let report = ServiceStatusReport(
            name: "dispatch.p3", pid: 42, startedAt: Date(timeIntervalSince1970: 0), uptimeSeconds: 60,
            clockMode: "system", domainTime: nil, publication: nil, subscriptions: [], deadLetters: 1, methods: [],
            alerts: ["1 supplier connector call failing 5 times or more in a row and still retried"])
        let partition = ProcessReport(
            name: "dispatch.p3", service: "dispatch", pid: 42, state: "running", uptimeSeconds: 60, restarts: 0,
            lastExit: nil, crashLooping: false, missedHealthChecks: 0, report: report)
        let table = StatusTable.render(
            MeshStatus(
                supervisorPID: 1, stateDirectory: "/tmp/s", clockMode: "system",
                domainTime: Date(timeIntervalSince1970: 0),
                processes: [], partitions: [partition]))
        let lines = table.components(separatedBy: "\n")
        #expect(lines.contains { $0.hasPrefix("dispatch.p3 ") && $0.hasSuffix(" 1") })
        #expect(
            lines.last
                == "dispatch.p3: ALERT 1 supplier connector call failing 5 times or more in a row and still retried")
    }
}
