import Contracts

/// Fires when the card's issuing country differs from the shipping country (R4). Default weight 25.
/// An order whose card country is unknown does not fire.
public struct CountryMismatchRule: RiskRule, Hashable {
    public var id: String { "country_mismatch" }
    public var weight: Int

    public init(weight: Int = 25) {
        self.weight = weight
    }

    /// `Card issued in Brazil (BR) but shipping to United States (US)`.
    public func explain(_ context: RiskContext) -> String? {
        let shipping = context.order.shippingAddress.country.uppercased()
        guard let card = context.order.cardCountry, card.code != shipping else { return nil }
        let shippingName = CountryCode(shipping)?.name ?? shipping
        return "Card issued in \(card.name) (\(card)) but shipping to \(shippingName) (\(shipping))"
    }
}
