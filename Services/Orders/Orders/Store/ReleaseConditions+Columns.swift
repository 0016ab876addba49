import Contracts
import Foundation
import GRDB

/// R5's release conditions as `order` stores them: one column per fact, times in milliseconds, the review's
/// reasons as a JSON array (NULL when there are none, as for every order the risk rules never flagged).
extension ReleaseConditions {
    /// The conditions in the columns of `row`, read by name.
    /// - Throws: `OrdersStoreError` for a review state or reasons this version cannot read.
    init(row: Row) throws {
        let review: String = row["review"]
        guard let reviewState = ReviewState(rawValue: review) else { throw OrdersStoreError.unknownReview(review) }
        let reasons = try (row["reviewReasons"] as String?).map { try StoreCoding.decode([String].self, json: $0) }
        self.init(
            stockReserved: row["stockReserved"], paymentAuthorised: row["paymentAuthorised"],
            holdUntil: (row["holdUntilMs"] as Int64?).map(DomainTime.date(milliseconds:)), holdOver: row["holdOver"],
            review: reviewState, reviewReasons: reasons ?? [],
            reviewUpdatedAt: (row["reviewUpdatedAtMs"] as Int64?).map(DomainTime.date(milliseconds:)))
    }

    /// The named arguments of a statement that writes the seven columns (`:stockReserved`, …).
    func columnArguments() throws -> StatementArguments {
        [
            "stockReserved": stockReserved, "paymentAuthorised": paymentAuthorised,
            "holdUntilMs": holdUntil.map(DomainTime.milliseconds), "holdOver": holdOver, "review": review.rawValue,
            "reviewReasons": reviewReasons.isEmpty ? nil : try StoreCoding.json(reviewReasons),
            "reviewUpdatedAtMs": reviewUpdatedAt.map(DomainTime.milliseconds),
        ]
    }
}
