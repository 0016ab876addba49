import Contracts
import Foundation
import GRDB
import ServiceKit

/// Applies the outcome of a supplier connector call to the call's job and completes the call, in one transaction
/// (R6, R7, R15): `supplier.purchase_order` → `purchaseOrderDelivered` (or a rejection, or `undeliverable`),
/// `supplier.cancel` → `withdrawalDelivered`.
///
/// A call that can never succeed (refused by the supplier's system with a final error, answered for another
/// supplier or unreadably, larger than the connector takes) is also set aside as a dead letter with its reason, in
/// the same transaction, so that `dropline deadletters` and `status` show it (docs/streams.md §4.6); the job moves
/// on as its outcome says.
struct ConnectorAnswers: Sendable {
    let store: any DatabaseWriter
    let desk: JobDesk
    let clock: DomainClock

    /// What applying an outcome asks of the job, and why the call failed for good, if it did.
    struct Settlement {
        var effects: [DispatchEffect]
        var failure: String?
    }

    /// Applies `outcome` to the call's job and completes the call, in one transaction; with simulated time no
    /// earlier than `decidedAt`, when the call was decided (docs/architecture.md §4).
    /// - Returns: why the call failed for good (it is a dead letter now), or nil.
    @discardableResult
    func settle(_ call: ConnectorCall, outcome: ConnectorOutcome, decidedAt: Date? = nil) async throws -> String? {
        try await store.write { db in
            let failure = try clock.stamping(after: decidedAt, in: db) { () throws -> String? in
                let now = DomainTime.rounded(try clock.now(in: db))
                var failure: String?
                try desk.change(call.orderID, causation: nil, at: now, in: db) { job in
                    let settlement = try Self.apply(outcome, of: call, to: &job, policy: desk.policy, at: now)
                    failure = settlement.failure
                    return settlement.effects
                }
                return failure
            }
            if let failure { try ConnectorCallRecords.setAside(call, reason: failure, in: db) }
            try ConnectorCallRecords.complete(call, in: db)
            return failure
        }
    }

    /// Completes a call whose outcome the job refused (`reason`), leaving the job as it is: sending the call again
    /// would bring the same outcome, so it is set aside as a dead letter instead.
    func setAside(_ call: ConnectorCall, reason: String) async throws {
        try await store.write { db in
            try ConnectorCallRecords.setAside(call, reason: reason, in: db)
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

    /// The job input for a connector call's outcome.
    ///
    /// - A purchase order's receipt from its supplier: delivered. A refusal, or an answer that is not a receipt
    ///   from the supplier the purchase order went to: a rejection by that supplier (the next one is tried), and a
    ///   dead letter. Too large to send: `undeliverable`, and a dead letter.
    /// - A cancellation's answer from its supplier: applied. A refusal or an unreadable answer: the supplier's system
    ///   does not know the purchase order, so nothing of it can ship (cancelled), and a dead letter.
    static func apply(
        _ outcome: ConnectorOutcome, of call: ConnectorCall, to job: inout DispatchJob, policy: DispatchPolicy,
        at now: Date
    ) throws -> Settlement {
        let id = call.purchaseOrderID
        let supplier = try job.existingPurchaseOrder(id).supplierID
        let failure = outcome.failure(of: call, supplier: supplier)
        switch (call.kind, outcome) {
        case (.purchaseOrder, .answered) where failure == nil:
            return Settlement(effects: try job.purchaseOrderDelivered(id, policy: policy, at: now))
        case (.purchaseOrder, .tooLarge):
            return Settlement(
                effects: try job.purchaseOrderUndeliverable(id, reason: failure ?? "", policy: policy, at: now),
                failure: failure)
        case (.purchaseOrder, _):
            // The connector refused the purchase order, or answered for someone else: a rejection by that supplier.
            let delivered = try job.purchaseOrderDelivered(id, policy: policy, at: now)
            let rejected = try job.reject(id, reason: .rejected, detail: failure, at: now)
            return Settlement(effects: delivered + rejected, failure: failure)
        case (.cancel, .answered(let body)) where failure == nil:
            let reply = try JSONCoding.decoder.decode(PurchaseOrderCancellationReply.self, from: body)
            let outcome = WithdrawalOutcome(rawValue: reply.outcome) ?? .cancelled
            return Settlement(effects: try job.withdrawalDelivered(id, outcome: outcome, at: now))
        case (.cancel, _):
            // The supplier's system does not know the purchase order: nothing of it can ship.
            return Settlement(effects: try job.withdrawalDelivered(id, outcome: .cancelled, at: now), failure: failure)
        }
    }
}
