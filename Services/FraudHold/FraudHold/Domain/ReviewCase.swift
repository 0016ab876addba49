import Contracts
import Foundation

/// One round of review for an order: opened with its reasons, then approved or rejected (R4).
/// An approved order can be reopened before release, which starts the next round.
public struct ReviewCase: Hashable, Sendable, Codable {
    /// How a round ended.
    public enum Decision: Hashable, Sendable, Codable {
        /// `releasedOrder`: the hold had ended, so the approval released the order.
        case approved(by: String, at: Date, releasedOrder: Bool)
        case rejected(by: String, reason: String, at: Date)
    }

    /// 1 for the first review, 2 after the first reopen, …
    public let round: Int
    /// Why the order is under review, as sentences with numbers.
    public let reasons: [RiskReason]
    public let openedAt: Date
    /// Nil while the case is open.
    public internal(set) var decision: Decision?

    /// True until a reviewer decides.
    public var isOpen: Bool { decision == nil }
}
