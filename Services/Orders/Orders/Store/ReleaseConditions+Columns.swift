import Contracts
import Foundation
import GRDB

/// R5's release conditions as `order` stores them: one column per fact, times in milliseconds, the review's
/// reasons as a JSON array (NULL when there are none, as for every order the risk rules never flagged).
extension ReleaseConditions {
    /// The columns, in the order `init(row:at:)` reads them and `columnValues()` lists them.
    static let columns = """
        stockReserved, paymentAuthorised, holdUntilMs, holdOver, review, reviewReasons, reviewUpdatedAtMs
        """

    /// The conditions in the seven columns of `row`, the first at position `index`.
    /// - Throws: `OrdersStoreError` for a review state or reasons this version cannot read.
    init(row: Row, at index: Int) throws {
        let review: String = row[index + 4]
        guard let reviewState = ReviewState(rawValue: review) else { throw OrdersStoreError.unknownReview(review) }
        let reasons = try (row[index + 5] as String?).map { try StoreCoding.decode([String].self, json: $0) }
        self.init(
            stockReserved: row[index], paymentAuthorised: row[index + 1],
            holdUntil: (row[index + 2] as Int64?).map(DomainTime.date(milliseconds:)), holdOver: row[index + 3],
            review: reviewState, reviewReasons: reasons ?? [],
            reviewUpdatedAt: (row[index + 6] as Int64?).map(DomainTime.date(milliseconds:)))
    }

    /// The values of the seven columns.
    func columnValues() throws -> [(any DatabaseValueConvertible)?] {
        [
            stockReserved, paymentAuthorised, holdUntil.map(DomainTime.milliseconds), holdOver, review.rawValue,
            reviewReasons.isEmpty ? nil : try StoreCoding.json(reviewReasons),
            reviewUpdatedAt.map(DomainTime.milliseconds),
        ]
    }
}
