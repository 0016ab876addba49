import Contracts
import Foundation
import Simulator
import Testing

/// R10, R11: a parcel's journey is drawn from its carrier's behaviour, the same for the same seed, within the
/// service level's promise, with the rates asked for.
struct JourneyPlannerTests {
    private let planner = JourneyPlanner(seed: 7)
    private let day = CarrierFixtures.day

    /// The journeys of `count` parcels shipped at t0 under `behaviour`.
    private func journeys(_ count: Int, _ behaviour: CarrierBehaviour) -> [ParcelJourney] {
        (1...count).map { planner.plan(for: CarrierFixtures.shipment(serial: $0), behaviour: behaviour) }
    }

    @Test("Same seed, same scans; another seed, other scans")
    func seeded() {
        let shipment = CarrierFixtures.shipment(serial: 42)
        let behaviour = CarrierBehaviour.defaults
        let again = JourneyPlanner(seed: 7).plan(for: shipment, behaviour: behaviour)
        #expect(planner.plan(for: shipment, behaviour: behaviour) == again)
        let others = (8...12).map { JourneyPlanner(seed: $0).plan(for: shipment, behaviour: behaviour) }
        #expect(others.contains { $0 != planner.plan(for: shipment, behaviour: behaviour) })
    }

    @Test(
        "R10, R11: accepted 0-48 h after shipment, in transit with no silence over 4 days, out for delivery, delivered within 15-25 days"
    )
    func deliveredWithinTheRange() {
        let all = journeys(2_000, CarrierFixtures.behaviour())
        var transitCounts: Set<Int> = []
        for journey in all {
            let kinds = journey.scans.map(\.kind)
            let transits = kinds.filter { $0 == .inTransit }.count
            transitCounts.insert(transits)
            #expect(journey.fate == .delivered)
            #expect(
                kinds == [.accepted] + Array(repeating: .inTransit, count: transits) + [.outForDelivery, .delivered])
            let offsets = journey.scans.map { $0.at.timeIntervalSince(Fixtures.t0) }
            #expect((0...JourneyPlanner.acceptWithin).contains(offsets[0]))
            #expect((15 * day...25 * day).contains(offsets[offsets.count - 1]))
            #expect(zip(offsets, offsets.dropFirst()).allSatisfy { $1 - $0 >= JourneyPlanner.scanGap })
            // Never silent long enough on the way to look stalled (7 days by default).
            #expect(
                zip(offsets, offsets.dropFirst()).dropLast().allSatisfy {
                    $1 - $0 <= JourneyPlanner.longestSilence + JourneyPlanner.scanGap
                })
        }
        #expect(transitCounts.min()! >= JourneyPlanner.transitScans.lowerBound)
        #expect(transitCounts.max()! > JourneyPlanner.transitScans.upperBound)
        // The delivery times spread over the whole range, not only its middle.
        let deliveries = all.map { $0.scans.last!.at.timeIntervalSince(Fixtures.t0) / day }
        #expect(deliveries.min()! < 15.2 && deliveries.max()! > 24.8)
    }

    @Test("R11: without a chosen service level, delivery falls within the registered expected window")
    func expectedWindowWithoutChoice() {
        for serial in 1...500 {
            let journey = planner.plan(
                for: CarrierFixtures.shipment(serial: serial, choice: nil), behaviour: CarrierFixtures.behaviour())
            let delivered = journey.scans.last!.at.timeIntervalSince(Fixtures.t0)
            #expect(journey.scans.last?.kind == .delivered && (20 * day...30 * day).contains(delivered))
        }
    }

    @Test("The transit multiplier scales the transit time drawn")
    func transitMultiplier() {
        for journey in journeys(300, CarrierFixtures.behaviour(transitMultiplier: 2)) {
            let delivered = journey.scans.last!.at.timeIntervalSince(Fixtures.t0)
            #expect((30 * day...50 * day).contains(delivered))
        }
    }

    @Test("Rates are respected over many parcels, within a percentage point")
    func rates() {
        let behaviour = CarrierFixtures.behaviour(
            exceptionRate: 0.10, returnRate: 0.05, lostRate: 0.08, unscannedRate: 0.07)
        let all = journeys(20_000, behaviour)
        let share = { (fate: ParcelFate) in Double(all.filter { $0.fate == fate }.count) / Double(all.count) }
        #expect(abs(share(.deliveredAfterException) - 0.10) < 0.01)
        #expect(abs(share(.returned) - 0.05) < 0.01)
        #expect(abs(share(.lost) - 0.08) < 0.01)
        #expect(abs(share(.unscanned) - 0.07) < 0.01)
        #expect(abs(share(.delivered) - 0.70) < 0.01)
    }

    @Test("R10: a lost parcel's scans stop after acceptance or a transit scan: it is never out for delivery")
    func lostStops() {
        for journey in journeys(300, CarrierFixtures.behaviour(lostRate: 1)) {
            let kinds = journey.scans.map(\.kind)
            #expect(journey.fate == .lost && kinds.first == .accepted)
            #expect(kinds.dropFirst().allSatisfy { $0 == .inTransit })
            // Heard of regularly until it goes missing, so that it stalls once, after its last scan.
            let offsets = journey.scans.map { $0.at.timeIntervalSince(Fixtures.t0) }
            #expect(
                zip(offsets, offsets.dropFirst()).allSatisfy {
                    $1 - $0 <= JourneyPlanner.longestSilence + JourneyPlanner.scanGap
                })
        }
    }

    @Test("R10: an unscanned parcel has no scan at all")
    func unscannedHasNone() {
        #expect(journeys(100, CarrierFixtures.behaviour(unscannedRate: 1)).allSatisfy { $0.scans.isEmpty })
    }

    @Test("A returned parcel meets an exception at the door and goes back; an exception on the way still delivers")
    func returnsAndExceptions() {
        for journey in journeys(200, CarrierFixtures.behaviour(returnRate: 1)) {
            #expect(journey.scans.suffix(2).map(\.kind) == [.exception, .returnedToSender])
            #expect(!journey.scans.contains { $0.kind == .delivered || $0.kind == .outForDelivery })
        }
        for journey in journeys(200, CarrierFixtures.behaviour(exceptionRate: 1)) {
            let kinds = journey.scans.map(\.kind)
            #expect(kinds.filter { $0 == .exception }.count == 1 && kinds.suffix(2) == [.outForDelivery, .delivered])
            #expect(zip(journey.scans, journey.scans.dropFirst()).allSatisfy { $0.at < $1.at })
        }
    }

    @Test("Changing one rate does not move the other parcels' scans")
    func rateChangeKeepsOtherDraws() {
        let before = journeys(500, CarrierFixtures.behaviour())
        let after = journeys(500, CarrierFixtures.behaviour(lostRate: 0.2))
        for (old, new) in zip(before, after) where new.fate == .delivered {
            #expect(old == new)
        }
    }

    @Test("Scans say where: acceptance at the origin, delivery at the destination")
    func locations() {
        let journey = planner.plan(for: CarrierFixtures.shipment(), behaviour: CarrierFixtures.behaviour())
        #expect(journey.scans.first?.location == "Acceptance, CN")
        #expect(journey.scans.last?.location == "Delivery office, US")
    }
}
