import Contracts
import Foundation
import GRDB
import Streams
import Synchronization

extension ServiceHost {
    /// Adds `deadletters.list`, `deadletters.retry`, `streams.reset`, and the `health`, `status`, `metrics` and
    /// `clock.progress` every process answers (`work` adds the service's own part to the last).
    func registerBuiltInMethods(in router: inout RPCRouter, subscriptions: [Subscription], work: PendingWork) {
        router.register("deadletters.list", params: Empty.self) { _ in
            try await self.store.read { try DeadLetters.all($0) }
        }
        router.register("deadletters.retry", params: DeadLetterRetryRequest.self) { request in
            try await self.retryDeadLetters(request, subscriptions: subscriptions)
        }
        router.register("streams.reset", params: StreamResetRequest.self) { request in
            guard let subscription = subscriptions.first(where: { $0.source.stream == request.stream }) else {
                throw RPCFailure.invalidRequest("\(self.name) does not consume \(request.stream)", field: "stream")
            }
            guard !request.epoch.isEmpty else { throw RPCFailure.invalidRequest("must not be empty", field: "epoch") }
            try await subscription.reset(epoch: request.epoch, after: request.after)
            return subscription.status
        }
        core.addCommonMethods(
            to: &router,
            status: { methods in try await self.statusReport(subscriptions, methods: methods, work: work) },
            progress: { request in try await self.progress(request, subscriptions: subscriptions, work: work) })
    }

    /// The `clock.progress` answer: fires the timers due by the request's step (raising the timer horizon), then
    /// answers once the process is idle at that step and its clock reached the request's time, or once the
    /// request's wait is over. It is re-read after each commit, since only a commit changes either.
    func progress(_ request: ClockProgressRequest, subscriptions: [Subscription], work: PendingWork) async throws
        -> ClockProgress
    {
        if let step = request.step { horizon.raise(to: step) }
        let deadline = ContinuousClock.now + .milliseconds(max(0, request.waitMs ?? 0))
        while true {
            let seen = commits.count
            let report = try await progress(subscriptions, work: work)
            if ContinuousClock.now >= deadline || Self.isDone(report, request, subscriptions: subscriptions) {
                return report
            }
            await commits.wait(after: seen, until: deadline)
        }
    }

    /// Whether `report` shows nothing left to do at `request.step` (nothing due by then, every consumed stream
    /// applied up to the head its subscription knows of, no call queued) and a clock at `request.reaching`.
    static func isDone(_ report: ClockProgress, _ request: ClockProgressRequest, subscriptions: [Subscription])
        -> Bool
    {
        if let reaching = request.reaching, let time = report.domainTime, time < reaching { return false }
        guard let step = request.step else { return true }
        if let due = report.nextDue, due <= step { return false }
        guard report.queuedCalls == 0 else { return false }
        return subscriptions.allSatisfy { subscription in
            let status = subscription.status
            return status.stream == StreamNames.clock || (report.applied[status.stream] ?? 0) >= status.knownHead
        }
    }

    /// The `clock.progress` answer as the store holds it now, read in one transaction; the last one read again
    /// while no commit came since.
    func progress(_ subscriptions: [Subscription], work: PendingWork) async throws -> ClockProgress {
        let seen = commits.count
        if let last = lastProgress.withLock({ $0 }), last.commits == seen { return last.report }
        let consumes = subscriptions.map(\.source.stream)
        let followed = consumes.contains(StreamNames.clock) ? clock : nil
        let stream = core.endpoint.status?.stream
        let name = name
        let report = try await store.read { db in
            try ClockProgress(
                name: name, pid: getpid(), clock: followed, stream: stream, consumes: consumes, work: work, in: db)
        }
        lastProgress.withLock { $0 = (seen, report) }
        return report
    }

    /// The `status` answer: the stream it publishes, each subscription, the dead letters, the domain time, and the
    /// alerts of the store's watch, of the crash guard (each event it set aside while it is still a dead letter) and
    /// of the service's own pending work. A store that cannot be read still gets an answer, from what the process
    /// holds in memory.
    func statusReport(_ subscriptions: [Subscription], methods: [String], work: PendingWork) async throws
        -> ServiceStatusReport
    {
        let crashGuard = crashGuard
        var deadLetters = subscriptions.map(\.status.deadLetters).reduce(0, +)
        var guardAlerts: [String]
        var workAlerts: [String] = []
        do {
            (deadLetters, guardAlerts, workAlerts) = try await store.read { db in
                (
                    try DeadLetters.count(db),
                    try crashGuard.alerts { stream, seq in try DeadLetters.contains(db, stream: stream, seq: seq) },
                    try work.alerts(db)
                )
            }
        } catch {
            storeWatch.noteFailure(error)
            guardAlerts = crashGuard.alerts { _, _ in true }
        }
        return core.statusReport(
            domainTime: clock.now(), publication: core.endpoint.status, subscriptions: subscriptions.map(\.status),
            deadLetters: deadLetters, methods: methods, alerts: storeWatch.alerts + guardAlerts + workAlerts)
    }

    func retryDeadLetters(_ request: DeadLetterRetryRequest, subscriptions: [Subscription]) async throws
        -> [DeadLetterRetryResult]
    {
        let letters = try await store.read { try DeadLetters.all($0) }.filter { letter in
            (request.stream == nil || request.stream == letter.stream)
                && (request.seq == nil || request.seq == letter.seq)
        }
        if letters.isEmpty, request.stream != nil || request.seq != nil {
            throw RPCFailure.invalidRequest("matches no dead letter", field: request.seq != nil ? "seq" : "stream")
        }
        return try letters.map { letter in
            guard let subscription = subscriptions.first(where: { $0.source.stream == letter.stream }) else {
                return DeadLetterRetryResult(
                    stream: letter.stream, seq: letter.seq, applied: false,
                    error: "this service does not consume \(letter.stream); the letter is kept as a record")
            }
            let error = try subscription.retryDeadLetter(seq: letter.seq)
            return DeadLetterRetryResult(stream: letter.stream, seq: letter.seq, applied: error == nil, error: error)
        }
    }
}
