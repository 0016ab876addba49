import Contracts
import Foundation
import GRDB
import ServiceKit

/// The fraud hold's RPCs for reviewers (R4). Every refusal names its field.
///
/// - `fraud.queue` `{merchantID?}` → `ReviewQueueResult`; refuses an empty `merchantID` (`invalid_request`).
/// - `fraud.show` `{orderID}` → `HoldView`; `not_found` on `orderID`.
/// - `fraud.approve` `{orderID, reviewer}` → `FraudReviewApproved`; `not_found` or `conflict` on `orderID`,
///   `invalid_request` on `reviewer`.
/// - `fraud.reject` `{orderID, reviewer, reason}` → `FraudReviewRejected`; as approve, and `invalid_request`
///   on `reason`.
/// - `fraud.reopen` `{orderID, reviewer, reason}` → `FraudReviewOpened`; as reject.
///
/// `conflict` carries the domain's sentence (approving a rejected order, reopening a released one, …).
/// A repeated decision returns the first one's fact and publishes nothing.
struct FraudHoldMethods: Sendable {
    /// The store the methods read and write.
    let store: any DatabaseWriter
    /// Applies the reviewers' inputs.
    let desk: HoldDesk

    /// The five methods, each reading or writing `store` in one transaction.
    var router: RPCRouter {
        let (store, desk) = (store, desk)
        var router = RPCRouter()
        router.register("fraud.queue", params: ReviewQueueRequest.self) { request in
            if let merchantID = request.merchantID { _ = try Self.text(merchantID.rawValue, field: "merchantID") }
            let holds = try await store.read { db in
                try HoldRecords.underReview(merchantID: request.merchantID, in: db)
            }
            return ReviewQueueResult(entries: ReviewQueue(holds).entries.map(ReviewQueueEntry.init))
        }
        router.register("fraud.show", params: ShowHoldRequest.self) { request in
            let orderID = try Self.orderID(request.orderID)
            return HoldView(try await store.read { db in try desk.existingHold(orderID, in: db) })
        }
        router.register("fraud.approve", params: ApproveReviewRequest.self) { request in
            let orderID = try Self.orderID(request.orderID)
            let reviewer = try Self.text(request.reviewer, field: "reviewer")
            return try await store.write { db in try desk.approve(orderID, by: reviewer, in: db) }
        }
        router.register("fraud.reject", params: ReasonedReviewRequest.self) { request in
            let (orderID, reviewer, reason) = try Self.validated(request)
            return try await store.write { db in try desk.reject(orderID, by: reviewer, reason: reason, in: db) }
        }
        router.register("fraud.reopen", params: ReasonedReviewRequest.self) { request in
            let (orderID, reviewer, reason) = try Self.validated(request)
            return try await store.write { db in try desk.reopen(orderID, by: reviewer, reason: reason, in: db) }
        }
        return router
    }

    /// The request's order id, reviewer and reason, each trimmed and non-empty.
    private static func validated(_ request: ReasonedReviewRequest) throws -> (OrderID, String, String) {
        (
            try orderID(request.orderID), try text(request.reviewer, field: "reviewer"),
            try text(request.reason, field: "reason")
        )
    }

    private static func orderID(_ id: OrderID) throws -> OrderID {
        OrderID(rawValue: try text(id.rawValue, field: "orderID"))
    }

    /// `value` without surrounding white space, or `invalid_request` on `field` when nothing is left.
    private static func text(_ value: String, field: String) throws -> String {
        let trimmed = value.trimmingCharacters(in: .whitespacesAndNewlines)
        guard !trimmed.isEmpty else { throw RPCFailure.invalidRequest("must not be empty", field: field) }
        return trimmed
    }
}
