import Contracts
import Foundation
import GRDB
import ServiceKit

/// A probe's RPCs. A source answers `probe.emit` `ProbeEmitRequest` → `ProbeEmitResult` (`invalid_request` on
/// `count` outside 1…10 000 000; a count equal to `trapOnCount` traps the process on purpose); a sink answers
/// `probe.summary` `{}` → `ProbeSummary` and `probe.commits` `CommitStampsRequest` → `[CommitStamp]` (for latency up
/// to the durable commit).
struct ProbeMethods: Sendable {
    /// What the probe answers for.
    enum Side: Sendable {
        case source(ProbeSource, trapOnCount: Int?)
        case sink(CommitStamps)
    }

    let store: any DatabaseWriter
    let side: Side

    var router: RPCRouter {
        var router = RPCRouter()
        switch side {
        case .source(let source, let trapOnCount):
            router.register("probe.emit", params: ProbeEmitRequest.self) { request in
                if request.count == trapOnCount {
                    preconditionFailure("probe: trapping on probe.emit \(request.count)")
                }
                guard (1...10_000_000).contains(request.count) else {
                    throw RPCFailure.invalidRequest("must be between 1 and 10000000", field: "count")
                }
                return ProbeEmitResult(
                    last: try await source.emit(count: request.count, perTransaction: request.perTransaction ?? 100))
            }
        case .sink(let commits):
            router.register("probe.summary", params: Empty.self) { _ in
                try await store.read { try ReceivedRecords.summary(in: $0) }
            }
            router.register("probe.commits", params: CommitStampsRequest.self) { request in
                commits.stamps(after: request.after ?? 0)
            }
        }
        return router
    }
}
