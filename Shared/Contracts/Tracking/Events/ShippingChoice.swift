/// R9: the carrier service level Dispatch chose for a purchase order, and why. Carried by `purchase_order.sent`
/// (the supplier must ship with it) and by Tracking's view of the shipment.
public struct ShippingChoice: Sendable, Hashable, Codable {
    /// The carrier's name as the mesh config writes it, e.g. `Wish Post`.
    public var carrier: String
    /// The service level's full name, e.g. `Wish Post Standard`.
    public var serviceLevel: String
    /// Where the parcel leaves from (the supplier's country).
    public var origin: CountryCode
    public var destination: CountryCode
    /// The service level's promised transit time.
    public var transitDays: DayRange
    /// Whether the carrier tracks the parcel to the door (required under Confirmed Delivery).
    public var hasLastMileTracking: Bool
    /// Whether the order falls under the Confirmed Delivery policy (destination × order value).
    public var requiresConfirmedDelivery: Bool
    /// The carrier's price for the parcel in the destination's zone.
    public var price: Money
    /// Why this level: the candidates weighed and what decided, in one sentence.
    public var reason: String

    public init(
        carrier: String, serviceLevel: String, origin: CountryCode, destination: CountryCode, transitDays: DayRange,
        hasLastMileTracking: Bool, requiresConfirmedDelivery: Bool, price: Money, reason: String
    ) {
        self.carrier = carrier
        self.serviceLevel = serviceLevel
        self.origin = origin
        self.destination = destination
        self.transitDays = transitDays
        self.hasLastMileTracking = hasLastMileTracking
        self.requiresConfirmedDelivery = requiresConfirmedDelivery
        self.price = price
        self.reason = reason
    }
}
