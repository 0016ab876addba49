import Foundation

/// One order waiting for a reviewer, as `fraud.queue` lists it (R4).
public struct ReviewQueueEntry: Codable, Sendable, Hashable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    /// 1 for the first review, 2 after the first reopen, …
    public var round: Int
    public var openedAt: Date
    /// When the hold ends (or ended); an approval after it releases the order at once.
    public var holdEnds: Date
    /// Why the order is under review, as sentences with numbers.
    public var reasons: [RiskReason]

    public init(
        orderID: OrderID, merchantID: MerchantID, round: Int, openedAt: Date, holdEnds: Date, reasons: [RiskReason]
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.round = round
        self.openedAt = openedAt
        self.holdEnds = holdEnds
        self.reasons = reasons
    }
}
