import Contracts
import Foundation

/// What Dropline remembers about one customer, card, address or IP: its authorised orders and its
/// declined payments, so that velocity, usual amount and failed-payment rules can be computed (R4).
///
/// Recording is idempotent per order id. At most `historyLimit` orders and declines are kept, the
/// oldest dropped first.
public struct RiskProfile: Hashable, Sendable, Codable {
    /// An authorised order as the profile remembers it.
    public struct RecordedOrder: Hashable, Sendable, Codable {
        public var orderID: OrderID
        public var amount: Money
        public var placedAt: Date
    }

    /// A finally declined payment.
    public struct RecordedDecline: Hashable, Sendable, Codable {
        public var orderID: OrderID
        public var declinedAt: Date
    }

    /// Orders and declines kept per profile.
    public static let historyLimit = 100

    public let key: RiskProfileKey
    /// Oldest first.
    public private(set) var orders: [RecordedOrder] = []
    /// Oldest first.
    public private(set) var declines: [RecordedDecline] = []

    /// An empty profile: nothing seen yet.
    public init(key: RiskProfileKey) {
        self.key = key
    }

    /// A profile as stored: `orders` and `declines`, at most one per order id, in any order. They are
    /// sorted oldest first (ties keep their given order) and only the newest `historyLimit` of each are kept.
    init(key: RiskProfileKey, orders: [RecordedOrder], declines: [RecordedDecline]) {
        self.key = key
        self.orders = Array(orders.sorted { $0.placedAt < $1.placedAt }.suffix(Self.historyLimit))
        self.declines = Array(declines.sorted { $0.declinedAt < $1.declinedAt }.suffix(Self.historyLimit))
    }

    // MARK: - Inputs

    /// Remembers an authorised order; a second call for the same order changes nothing.
    public mutating func recordAuthorisedOrder(_ orderID: OrderID, amount: Money, placedAt: Date) {
        guard !orders.contains(where: { $0.orderID == orderID }) else { return }
        orders.append(RecordedOrder(orderID: orderID, amount: amount, placedAt: placedAt))
        orders.sort { $0.placedAt < $1.placedAt }
        orders.removeFirst(max(0, orders.count - Self.historyLimit))
    }

    /// Remembers a declined payment; a second call for the same order changes nothing.
    public mutating func recordDecline(_ orderID: OrderID, at declinedAt: Date) {
        guard !declines.contains(where: { $0.orderID == orderID }) else { return }
        declines.append(RecordedDecline(orderID: orderID, declinedAt: declinedAt))
        declines.sort { $0.declinedAt < $1.declinedAt }
        declines.removeFirst(max(0, declines.count - Self.historyLimit))
    }

    // MARK: - Reads

    /// Orders other than `orderID` placed in `start...end` (both ends included).
    public func orderCount(from start: Date, to end: Date, excluding orderID: OrderID) -> Int {
        orders.count { $0.orderID != orderID && (start...end).contains($0.placedAt) }
    }

    /// Declines in `start...end` (both ends included).
    public func declineCount(from start: Date, to end: Date) -> Int {
        declines.count { (start...end).contains($0.declinedAt) }
    }

    /// True when an order other than `orderID` was authorised before.
    public func hasOrders(excluding orderID: OrderID) -> Bool {
        orders.contains { $0.orderID != orderID }
    }

    /// The median of the other authorised orders in `currency` (the mean of the two middle ones, rounded
    /// toward zero, for an even count), or nil when there is none. The mean is taken in 128 bits, where the sum of
    /// two amounts cannot overflow, and always fits back in 64.
    public func usualAmount(in currency: CurrencyCode, excluding orderID: OrderID) -> Money? {
        let amounts = orders.filter { $0.orderID != orderID && $0.amount.currency == currency }
            .map(\.amount.minorUnits).sorted()
        guard !amounts.isEmpty else { return nil }
        let middle = amounts.count / 2
        let median =
            amounts.count % 2 == 1
            ? amounts[middle] : Int64((Int128(amounts[middle - 1]) + Int128(amounts[middle])) / 2)
        return Money(minorUnits: median, currency: currency)
    }
}
