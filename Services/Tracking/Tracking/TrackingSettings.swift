import Contracts
import Foundation
import ServiceKit

/// The tracking policy read from the mesh config's `services.tracking.settings` (R8, R10, R11).
///
/// | key                          | type                      | default     | meaning                                     |
/// |------------------------------|---------------------------|-------------|---------------------------------------------|
/// | `fulfilment_deadline_days`   | integer, 1 to 365         | `5`         | R8: release to shipped, else late_fulfillment |
/// | `confirmation_deadline_days` | integer, 1 to 365         | `7`         | R10: release to first scan, else late_confirmed_fulfillment |
/// | `stalled_after_days`         | integer, 1 to 365         | `7`         | a parcel with no scan this long is stalled  |
/// | `late_fulfillment_penalty`   | amount and currency       | `50.00 USD` | R8's penalty charged to the merchant        |
/// | `lane_minimum_parcels`       | integer, at least 1       | `20`        | a lane's measured days set the window from this many parcels |
/// | `default_transit_days`       | range `min-max` or a number | `7-25`    | the window when neither a choice nor a lane gives one |
///
/// Unknown keys are refused, naming the key.
public struct TrackingSettings: Sendable {
    /// The keys this policy reads.
    static let keys = [
        "fulfilment_deadline_days", "confirmation_deadline_days", "stalled_after_days", "late_fulfillment_penalty",
        "lane_minimum_parcels", "default_transit_days",
    ]

    /// R8: calendar days from release to shipped.
    public var fulfilmentDeadlineDays = 5
    /// R10: calendar days from release to the first scan.
    public var confirmationDeadlineDays = 7
    /// Days without a scan after which a parcel is stalled.
    public var stalledAfterDays = 7
    /// R8's penalty.
    public var lateFulfillmentPenalty = Money(minorUnits: 5_000, currency: CurrencyCode("USD")!)
    /// Parcels a lane needs before its measured days set the expected window.
    public var laneMinimumParcels = 20
    /// The transit time assumed when the purchase order named no service level and no lane is measured.
    public var defaultTransitDays = DayRange(minimum: 7, maximum: 25)!

    /// The defaults.
    public init() {}

    /// Reads the service's policy settings; a missing key takes its default.
    public init(_ settings: SettingsReader) throws(SettingsError) {
        try settings.refuseUnknown(known: Self.keys)
        fulfilmentDeadlineDays = try settings.integer(
            "fulfilment_deadline_days", default: fulfilmentDeadlineDays, in: 1...365)
        confirmationDeadlineDays = try settings.integer(
            "confirmation_deadline_days", default: confirmationDeadlineDays, in: 1...365)
        stalledAfterDays = try settings.integer("stalled_after_days", default: stalledAfterDays, in: 1...365)
        laneMinimumParcels = try settings.integer("lane_minimum_parcels", default: laneMinimumParcels, in: 1...Int.max)
        lateFulfillmentPenalty = try settings.value(
            "late_fulfillment_penalty", default: lateFulfillmentPenalty,
            expected: #"an amount and an ISO 4217 currency such as "50.00 USD""#, Self.money)
        defaultTransitDays = try settings.value(
            "default_transit_days", default: defaultTransitDays, expected: #"a range of days such as "7-25""#,
            Self.dayRange)
    }

    /// The days a deadline runs from release.
    func days(of deadline: OrderDeadline) -> Int {
        switch deadline {
        case .fulfilment: fulfilmentDeadlineDays
        case .confirmation: confirmationDeadlineDays
        }
    }

    /// `50.00 USD` in minor units; nil unless a non-negative decimal with at most the currency's digits.
    static func money(_ text: String) -> Money? {
        let parts = text.split(separator: " ", omittingEmptySubsequences: true)
        guard parts.count == 2, let currency = CurrencyCode(String(parts[1])) else { return nil }
        let amount = parts[0].split(separator: ".", omittingEmptySubsequences: false)
        guard (1...2).contains(amount.count), !amount[0].isEmpty, amount.allSatisfy({ $0.allSatisfy(\.isASCII) }),
            amount.allSatisfy({ $0.allSatisfy(\.isNumber) })
        else { return nil }
        let fraction = amount.count == 2 ? String(amount[1]) : ""
        guard fraction.count <= currency.minorUnits, amount.count == 1 || !fraction.isEmpty else { return nil }
        let padded = fraction + String(repeating: "0", count: currency.minorUnits - fraction.count)
        return Int64(amount[0] + padded).map { Money(minorUnits: $0, currency: currency) }
    }

    /// `7-25` or `10`, whole days, not negative.
    static func dayRange(_ text: String) -> DayRange? {
        let ends = text.split(separator: "-", omittingEmptySubsequences: false).map {
            Int($0.trimmingCharacters(in: .whitespaces))
        }
        switch ends.count {
        case 1: return ends[0].flatMap { DayRange(minimum: $0, maximum: $0) }
        case 2:
            guard let minimum = ends[0], let maximum = ends[1] else { return nil }
            return DayRange(minimum: minimum, maximum: maximum)
        default: return nil
        }
    }
}
