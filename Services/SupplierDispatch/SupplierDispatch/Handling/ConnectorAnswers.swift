import Contracts
import Foundation
import GRDB
import ServiceKit
import Streams

/// Applies a supplier connector's answer to the call's job and completes the call, in one transaction (R6, R7,
/// R15): `supplier.purchase_order` → `purchaseOrderDelivered`, `supplier.cancel` → `withdrawalDelivered`.
struct ConnectorAnswers: Sendable {
    let store: any DatabaseWriter
    let desk: JobDesk
    let clock: DomainClock

    /// Applies the connector's answer to the call's job and completes the call, in one transaction; with
    /// simulated time no earlier than `decidedAt`, when the call was decided (docs/architecture.md §4).
    func settle(_ call: ConnectorCall, answer: Result<Data, RPCCallError>, decidedAt: Date? = nil) async throws {
        try await store.write { db in
            try clock.stamping(after: decidedAt, in: db) {
                let now = DomainTime.rounded(try clock.now(in: db))
                try desk.change(call.orderID, causation: nil, at: now, in: db) { job in
                    try Self.apply(answer, of: call, to: &job, policy: desk.policy, at: now)
                }
            }
            try ConnectorCallRecords.complete(call, in: db)
        }
    }

    /// When a call's request was decided: a purchase order's `sentAt`, a cancellation's `requestedAt`; nil when it
    /// says neither.
    static func decidedAt(_ body: Data) -> Date? {
        guard let times = try? JSONCoding.decoder.decode(DecisionTimes.self, from: body) else { return nil }
        return times.sentAt ?? times.requestedAt
    }

    /// The times a connector call's request carries.
    private struct DecisionTimes: Decodable {
        var sentAt: Date?
        var requestedAt: Date?
    }

    /// The job input for a connector answer.
    static func apply(
        _ answer: Result<Data, RPCCallError>, of call: ConnectorCall, to job: inout DispatchJob,
        policy: DispatchPolicy, at now: Date
    ) throws -> [DispatchEffect] {
        let id = call.purchaseOrderID
        switch (call.kind, answer) {
        case (.purchaseOrder, .success):
            return try job.purchaseOrderDelivered(id, policy: policy, at: now)
        case (.purchaseOrder, .failure(let error)):
            // The connector refused the purchase order outright: it is a rejection by that supplier.
            let delivered = try job.purchaseOrderDelivered(id, policy: policy, at: now)
            return delivered + (try job.reject(id, reason: .rejected, detail: "\(error)", at: now))
        case (.cancel, .success(let body)):
            let reply = try JSONCoding.decoder.decode(PurchaseOrderCancellationReply.self, from: body)
            let outcome = WithdrawalOutcome(rawValue: reply.outcome) ?? .cancelled
            return try job.withdrawalDelivered(id, outcome: outcome, at: now)
        case (.cancel, .failure):
            // The supplier's system does not know the purchase order: nothing of it can ship.
            return try job.withdrawalDelivered(id, outcome: .cancelled, at: now)
        }
    }
}
