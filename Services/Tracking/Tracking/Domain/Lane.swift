import Contracts
import Foundation

/// The delivery times measured on one lane: how many parcels a carrier delivered from origin to destination, and
/// the sum, least and most of their whole delivery days. The expected window of a new shipment on the lane comes
/// from it once it has enough parcels (`lane_minimum_parcels`).
public struct Lane: Sendable, Equatable {
    public var key: LaneKey
    public var parcels: Int
    public var sumDays: Int
    public var minimumDays: Int
    public var maximumDays: Int

    /// A lane with one parcel delivered in `days`.
    public init(key: LaneKey, days: Int) {
        self.init(key: key, parcels: 1, sumDays: days, minimumDays: days, maximumDays: days)
    }

    public init(key: LaneKey, parcels: Int, sumDays: Int, minimumDays: Int, maximumDays: Int) {
        self.key = key
        self.parcels = parcels
        self.sumDays = sumDays
        self.minimumDays = minimumDays
        self.maximumDays = maximumDays
    }

    /// The lane with one more parcel delivered in `days`.
    public func recording(days: Int) -> Lane {
        Lane(
            key: key, parcels: parcels + 1, sumDays: sumDays + days, minimumDays: min(minimumDays, days),
            maximumDays: max(maximumDays, days))
    }

    /// The mean delivery time in days.
    public var averageDays: Double { parcels == 0 ? 0 : Double(sumDays) / Double(parcels) }

    /// Whole days from shipment to delivery, rounded up (a parcel delivered 14 days and 2 hours after it shipped
    /// took 15 days); 0 for a delivery at the shipment's instant.
    public static func deliveryDays(shippedAt: Date, deliveredAt: Date) -> Int {
        max(0, Int((deliveredAt.timeIntervalSince(shippedAt) / 86_400).rounded(.up)))
    }
}
