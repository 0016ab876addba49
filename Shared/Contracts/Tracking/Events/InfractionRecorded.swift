import Foundation

/// R8, R10: a deadline passed. A `late_fulfillment` infraction makes Orders refund the order (stock back, the open
/// purchase order cancelled at the supplier) and carries the penalty the ledger charges the merchant.
public struct InfractionRecorded: EventPayload, Equatable {
    public static let eventType = "infraction.recorded"
    /// `inf_<order id>_<kind>`: one infraction of a kind per order.
    public var infractionID: String
    public var kind: InfractionKind
    public var merchantID: MerchantID
    public var orderID: OrderID
    public var releasedAt: Date
    /// The deadline that passed.
    public var deadline: Date
    /// What the merchant is charged; nil when the kind carries no penalty.
    public var penalty: Money?
    public var at: Date

    public init(
        infractionID: String, kind: InfractionKind, merchantID: MerchantID, orderID: OrderID, releasedAt: Date,
        deadline: Date, penalty: Money?, at: Date
    ) {
        self.infractionID = infractionID
        self.kind = kind
        self.merchantID = merchantID
        self.orderID = orderID
        self.releasedAt = releasedAt
        self.deadline = deadline
        self.penalty = penalty
        self.at = at
    }
}
