import Contracts

/// A fraud review opened on an order (R4), as Fraud Hold reported it: which round it is and why, for the
/// merchant's "Orders Under Review" notice (one per round).
public struct ReviewRound: Sendable, Equatable {
    /// 1 for the first review, higher after a reopen.
    public var number: Int
    /// The risk rules that flagged the order, each with its explanation.
    public var reasons: [RiskReason]

    public init(number: Int, reasons: [RiskReason]) {
        self.number = number
        self.reasons = reasons
    }
}
