import Contracts
import Foundation

/// Where a shipment's expected delivery window comes from (R10's "confirmed shipped" mail): the lane's measured
/// days once it has `minimumParcels` parcels, else the chosen service level's promised transit days, else the
/// default transit range.
public struct ExpectedDelivery: Sendable {
    public var minimumParcels: Int
    public var defaultTransitDays: DayRange

    public init(minimumParcels: Int, defaultTransitDays: DayRange) {
        self.minimumParcels = minimumParcels
        self.defaultTransitDays = defaultTransitDays
    }

    /// The window of a parcel shipped at `shippedAt`.
    public func window(shippedAt: Date, choice: ShippingChoice?, lane: Lane?) -> DeliveryWindow {
        if let lane, lane.parcels >= minimumParcels {
            let basis =
                "measured on \(lane.parcels) parcels \(lane.key.origin) → \(lane.key.destination) with "
                + "\(lane.key.carrier)"
            return Self.window(shippedAt, lane.minimumDays, lane.maximumDays, basis: basis)
        }
        if let choice {
            let basis = "\(choice.serviceLevel) promises \(choice.transitDays)"
            return Self.window(shippedAt, choice.transitDays.minimum, choice.transitDays.maximum, basis: basis)
        }
        return Self.window(
            shippedAt, defaultTransitDays.minimum, defaultTransitDays.maximum,
            basis: "no service level named: \(defaultTransitDays) assumed")
    }

    private static func window(_ shippedAt: Date, _ minimum: Int, _ maximum: Int, basis: String) -> DeliveryWindow {
        DeliveryWindow(
            earliest: shippedAt.addingTimeInterval(TimeInterval(minimum) * 86_400),
            latest: shippedAt.addingTimeInterval(TimeInterval(maximum) * 86_400), basis: basis)
    }
}
