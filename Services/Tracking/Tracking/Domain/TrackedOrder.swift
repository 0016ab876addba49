import Contracts
import Foundation

/// What Tracking keeps of a released order (R8, R10): whose it is, where it goes, what it is worth, when it was
/// released, and when a refund or cancellation ended it.
public struct TrackedOrder: Sendable, Equatable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var destination: CountryCode
    /// Unit price × quantity; nil when the release did not carry the unit price.
    public var orderValue: Money?
    public var releasedAt: Date
    /// When `order.refunded` or `order.cancelled` ended it; nil while it runs.
    public var endedAt: Date?

    public init(
        orderID: OrderID, merchantID: MerchantID, destination: CountryCode, orderValue: Money?, releasedAt: Date,
        endedAt: Date? = nil
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.destination = destination
        self.orderValue = orderValue
        self.releasedAt = releasedAt
        self.endedAt = endedAt
    }

    /// The order an `order.released` describes; nil when its address names no ISO 3166 country.
    public init?(_ released: OrderReleased) {
        let entry = released.unfulfilled
        guard let destination = CountryCode(entry.shippingAddress.country.uppercased()) else { return nil }
        self.init(
            orderID: released.orderID, merchantID: entry.merchantID, destination: destination,
            orderValue: try? entry.unitPrice?.multiplied(by: entry.quantity, for: "order value"),
            releasedAt: entry.releasedAt)
    }

    /// The infraction due when `deadline`'s timer fires at `now` (R8, R10), or nil when the order met it (`metAt`
    /// strictly before the deadline instant) or ended before the deadline. A fact after the deadline does not
    /// undo the infraction: it was late.
    public func infraction(
        missing deadline: OrderDeadline, days: Int, metAt: Date?, penalty: Money?, at now: Date
    ) -> InfractionRecorded? {
        let rule = DeadlineRule(days: days)
        let due = rule.due(releasedAt: releasedAt)
        if let endedAt, endedAt < due { return nil }
        if let metAt, rule.isMet(at: metAt, releasedAt: releasedAt) { return nil }
        return InfractionRecorded(
            infractionID: "inf_\(orderID.rawValue)_\(deadline.infraction.rawValue)", kind: deadline.infraction,
            merchantID: merchantID, orderID: orderID, releasedAt: releasedAt, deadline: due,
            penalty: deadline == .fulfilment ? penalty : nil, at: max(now, due))
    }
}
