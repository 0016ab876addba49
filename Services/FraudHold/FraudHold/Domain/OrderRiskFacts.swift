import Contracts
import Foundation

/// What the risk rules know about one order at authorisation: from `order.placed` and `payment.authorised` (R4).
public struct OrderRiskFacts: Hashable, Sendable, Codable {
    public var orderID: OrderID
    public var merchantID: MerchantID
    public var email: String
    public var shippingAddress: Address
    /// The customer's IP address, when the client gave one.
    public var ipAddress: String?
    public var amount: Money
    public var placedAt: Date
    /// The gateway's card fingerprint, when known.
    public var cardFingerprint: String?
    /// The card's issuing country, when known.
    public var cardCountry: CountryCode?

    public init(
        orderID: OrderID, merchantID: MerchantID, email: String, shippingAddress: Address, ipAddress: String? = nil,
        amount: Money, placedAt: Date, cardFingerprint: String? = nil, cardCountry: CountryCode? = nil
    ) {
        self.orderID = orderID
        self.merchantID = merchantID
        self.email = email
        self.shippingAddress = shippingAddress
        self.ipAddress = ipAddress
        self.amount = amount
        self.placedAt = placedAt
        self.cardFingerprint = cardFingerprint
        self.cardCountry = cardCountry
    }

    /// The profiles this order is assessed against and then recorded in: customer and address always,
    /// card and IP when known.
    public var profileKeys: [RiskProfileKey] {
        RiskProfileKey.Kind.allCases.compactMap(key)
    }

    /// The order's key of `kind`, or nil when the order has none (no card fingerprint, no IP).
    public func key(_ kind: RiskProfileKey.Kind) -> RiskProfileKey? {
        switch kind {
        case .customer: .customer(email: email)
        case .card: cardFingerprint.map { .card(fingerprint: $0) }
        case .address: .address(shippingAddress)
        case .ip: ipAddress.map { .ip($0) }
        }
    }
}
