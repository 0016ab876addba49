import Contracts
import Foundation
import GRDB
import Streams

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
            to: &router, status: { methods in try await self.statusReport(subscriptions, methods: methods) },
            progress: { try await self.progress(subscriptions, work: work) })
    }

    /// The `clock.progress` answer, read from the store in one transaction.
    func progress(_ subscriptions: [Subscription], work: PendingWork) async throws -> ClockProgress {
        let consumes = subscriptions.map(\.source.stream)
        let followed = consumes.contains(StreamNames.clock) ? clock : nil
        let stream = core.endpoint.status?.stream
        let name = name
        return try await store.read { db in
            try ClockProgress(
                name: name, pid: getpid(), clock: followed, stream: stream, consumes: consumes, work: work, in: db)
        }
    }

    /// The `status` answer: the stream it publishes, each subscription, the dead letters, the domain time.
    func statusReport(_ subscriptions: [Subscription], methods: [String]) async throws -> ServiceStatusReport {
        let deadLetters = try await store.read { try DeadLetters.count($0) }
        return core.statusReport(
            domainTime: clock.now(), publication: core.endpoint.status, subscriptions: subscriptions.map(\.status),
            deadLetters: deadLetters, methods: methods)
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
                    error: "this service no longer consumes \(letter.stream)")
            }
            let error = try subscription.retryDeadLetter(seq: letter.seq)
            return DeadLetterRetryResult(stream: letter.stream, seq: letter.seq, applied: error == nil, error: error)
        }
    }
}
