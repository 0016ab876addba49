import Contracts
import Foundation
import SeededRandom

/// Draws each registered parcel's journey from its carrier's behaviour with a generator seeded by the simulator's
/// `seed` and the tracking number, so that the same seed gives the same scans whatever the registration order
/// (R10, R11).
///
/// A parcel is delivered a transit time after its shipment drawn uniformly within its service level's range
/// (`ShippingChoice.transitDays`, else the registered expected-delivery window), times the carrier's transit
/// multiplier. Its first scan, `accepted`, comes 0-48 hours after the shipment (at most half the transit time);
/// then 1-4 `in_transit` scans spread between acceptance and `out_for_delivery`, 1-8 hours before `delivered`,
/// with more on a long way, so that a parcel on its way is never silent longer than `longestSilence` (carriers scan
/// at every hub: a longer silence is a lost parcel's, which Tracking reports as stalled).
/// The fate changes the tail: an exception on the way (still delivered), an exception at the door then
/// `returned_to_sender` at the delivery time, scans that stop after acceptance or a transit scan (lost), or no
/// scan at all. Each scan comes at least a minute after the one before.
///
/// Every draw is made for every parcel, in a fixed order (fate, delivery, acceptance, transit count, four transit
/// positions, exception position, where a lost parcel stops, out-for-delivery lead), so that changing one rate
/// does not shift the other draws.
public struct JourneyPlanner: Sendable {
    /// The latest first scan after the shipment.
    public static let acceptWithin: TimeInterval = 48 * 3_600
    /// The fewest and most `in_transit` scans of a parcel that gets that far.
    public static let transitScans = 1...4
    /// The shortest time between two scans of a parcel.
    public static let scanGap: TimeInterval = 60
    /// The longest a parcel on its way goes without a scan, from acceptance to out for delivery: below the default
    /// 7 days after which Tracking calls a parcel stalled.
    public static let longestSilence: TimeInterval = 4 * 86_400

    public let seed: UInt64

    public init(seed: UInt64) {
        self.seed = seed
    }

    /// The journey of `shipment`'s parcel under `behaviour`.
    public func plan(for shipment: ShipmentRegistered, behaviour: CarrierBehaviour) -> ParcelJourney {
        var random = SplitMix64(seed: seed, key: "parcel:" + shipment.trackingNumber)
        let fate = Self.fate(at: random.nextUnit(), behaviour)
        let deliveryUnit = random.nextUnit()
        let acceptUnit = random.nextUnit()
        let transitCount = Self.transitScans.lowerBound + random.nextInt(below: Self.transitScans.count)
        let transitUnits = (0..<Self.transitScans.upperBound).map { _ in random.nextUnit() }
        let exceptionUnit = random.nextUnit()
        let transitsBeforeLoss = random.nextInt(below: transitCount)
        let leadUnit = random.nextUnit()
        guard fate != .unscanned else { return ParcelJourney(fate: .unscanned, scans: []) }

        let range = Self.transitRange(of: shipment)
        let delay =
            (range.lowerBound + deliveryUnit * (range.upperBound - range.lowerBound)) * behaviour.transitMultiplier
        let accepted = acceptUnit * min(Self.acceptWithin, delay / 2)
        let outForDelivery = delay - min(3_600 + leadUnit * 7 * 3_600, (delay - accepted) / 4)
        let origin = shipment.choice?.origin
        let destination: CountryCode? = shipment.destination

        /// A scan `offset` seconds after the shipment, at `place` in `country`.
        func scan(_ kind: ScanKind, _ offset: TimeInterval, _ place: String, _ country: CountryCode?) -> PlannedScan {
            PlannedScan(
                kind: kind, at: shipment.at.addingTimeInterval(offset.rounded()),
                location: country.map { "\(place), \($0.code)" })
        }
        /// A scan at `unit` of the way from acceptance to out-for-delivery.
        func between(_ kind: ScanKind, at unit: Double) -> PlannedScan {
            let abroad = unit >= 0.5 || kind == .exception
            return scan(
                kind, accepted + unit * (outForDelivery - accepted), abroad ? "Import hub" : "Export hub",
                abroad ? destination : origin)
        }

        let drawn = transitUnits.prefix(transitCount).sorted()
        let positions = Self.filled(drawn, span: outForDelivery - accepted)
        var transits = positions.map { between(.inTransit, at: $0) }
        let acceptance = scan(.accepted, accepted, "Acceptance", origin)
        let outScan = scan(.outForDelivery, outForDelivery, "Delivery office", destination)
        let delivered = scan(.delivered, delay, "Delivery office", destination)
        let scans: [PlannedScan]
        switch fate {
        case .delivered:
            scans = [acceptance] + transits + [outScan, delivered]
        case .deliveredAfterException:
            transits.append(between(.exception, at: exceptionUnit))
            transits.sort { $0.at < $1.at }
            scans = [acceptance] + transits + [outScan, delivered]
        case .returned:
            let exception = scan(.exception, outForDelivery, "Delivery office", destination)
            let returned = scan(.returnedToSender, delay, "Delivery office", destination)
            scans = [acceptance] + transits + [exception, returned]
        case .lost:
            // Scanned as usual up to the drawn transit scan where it goes missing, then silent: one stall.
            let lostAfter = transitsBeforeLoss == 0 ? 0 : drawn[transitsBeforeLoss - 1]
            scans = [acceptance] + positions.filter { $0 <= lostAfter }.map { between(.inTransit, at: $0) }
        case .unscanned:
            scans = []
        }
        return ParcelJourney(fate: fate, scans: Self.spaced(scans))
    }

    /// The service level's transit range in seconds after the shipment: `choice.transitDays` when the purchase
    /// order named a service level, else the registered expected-delivery window (never before the shipment).
    public static func transitRange(of shipment: ShipmentRegistered) -> ClosedRange<TimeInterval> {
        if let days = shipment.choice?.transitDays {
            return Double(days.minimum) * 86_400...Double(days.maximum) * 86_400
        }
        let earliest = max(0, shipment.expectedDelivery.earliest.timeIntervalSince(shipment.at))
        return earliest...max(earliest, shipment.expectedDelivery.latest.timeIntervalSince(shipment.at))
    }

    /// `positions` (sorted fractions of the way from acceptance to out for delivery, `span` seconds) with more
    /// spread evenly into every gap longer than `longestSilence`, the ends included.
    static func filled(_ positions: [Double], span: TimeInterval) -> [Double] {
        guard span > longestSilence else { return positions }
        var filled: [Double] = []
        var previous = 0.0
        for next in positions + [1] {
            let gaps = Int(((next - previous) * span / longestSilence).rounded(.up))
            if gaps > 1 {
                filled += (1..<gaps).map { previous + (next - previous) * Double($0) / Double(gaps) }
            }
            if next < 1 { filled.append(next) }
            previous = next
        }
        return filled
    }

    /// The fate `unit` falls on: unscanned, lost, returned, exception, in that order of thresholds, else delivered.
    private static func fate(at unit: Double, _ behaviour: CarrierBehaviour) -> ParcelFate {
        var threshold = behaviour.unscannedRate
        if unit < threshold { return .unscanned }
        threshold += behaviour.lostRate
        if unit < threshold { return .lost }
        threshold += behaviour.returnRate
        if unit < threshold { return .returned }
        threshold += behaviour.exceptionRate
        return unit < threshold ? .deliveredAfterException : .delivered
    }

    /// `scans` with each at least `scanGap` after the one before (a short transit range would bunch them).
    private static func spaced(_ scans: [PlannedScan]) -> [PlannedScan] {
        var spaced: [PlannedScan] = []
        for var scan in scans {
            if let previous = spaced.last, scan.at < previous.at.addingTimeInterval(scanGap) {
                scan.at = previous.at.addingTimeInterval(scanGap)
            }
            spaced.append(scan)
        }
        return spaced
    }
}
