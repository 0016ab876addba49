import Contracts
import Foundation
import Testing
import Tracking

/// The parcel as a pure value (R10, R11): scans in, facts out.
struct ShipmentTests {
    /// Shipped at 2 days with the fixture's choice.
    static func shipment(shippedAt: Date = Fixtures.at(days: 2)) -> Shipment {
        let expected = ExpectedDelivery(minimumParcels: 20, defaultTransitDays: DayRange(minimum: 7, maximum: 25)!)
        return Shipment(
            orderID: "o-1", purchaseOrderID: "po_o-1_1", merchantID: "m-1", supplierID: "sup_sz",
            carrier: "China Post", trackingNumber: Fixtures.number(), choice: Fixtures.choice, origin: Fixtures.cn,
            destination: Fixtures.us, releasedAt: Fixtures.t0, shippedAt: shippedAt,
            expectedDelivery: expected.window(shippedAt: shippedAt, choice: Fixtures.choice, lane: nil))
    }

    static func scan(_ id: String, _ kind: ScanKind, _ at: Date) -> CarrierScan {
        CarrierScan(scanID: id, kind: kind, location: nil, at: at)
    }

    @Test("R10: the first scan confirms fulfilment within 7 days and within R12's 30; later scans only scan")
    func firstScanConfirms() throws {
        var shipment = Self.shipment()
        let facts = shipment.record(
            Self.scan("s1", .accepted, Fixtures.at(days: 6, hours: 23, minutes: 59)), confirmationDays: 7)
        #expect(facts.count == 2)
        guard case .confirmedFulfilled(let confirmed) = facts[1] else { Issue.record("no confirmation"); return }
        #expect(confirmed.isWithinDeadline && confirmed.isWithinEligibilityWindow)
        #expect(shipment.isConfirmedWithinDeadline == true && shipment.latestScan == .accepted)
        let next = shipment.record(Self.scan("s2", .inTransit, Fixtures.at(days: 9)), confirmationDays: 7)
        #expect(next.count == 1 && shipment.firstScanAt == Fixtures.at(days: 6, hours: 23, minutes: 59))
    }

    @Test("R10, R12: a first scan at exactly 7 days is late; on day 31 it is outside the eligibility window")
    func lateFirstScans() {
        var atSeven = Self.shipment()
        _ = atSeven.record(Self.scan("s1", .accepted, Fixtures.at(days: 7)), confirmationDays: 7)
        #expect(atSeven.isConfirmedWithinDeadline == false && atSeven.isConfirmedWithinEligibilityWindow == true)
        var dayThirty = Self.shipment()
        _ = dayThirty.record(
            Self.scan("s1", .accepted, Fixtures.at(days: 29, hours: 23, minutes: 59)), confirmationDays: 7)
        #expect(dayThirty.isConfirmedWithinEligibilityWindow == true)
        var dayThirtyOne = Self.shipment()
        _ = dayThirtyOne.record(Self.scan("s1", .accepted, Fixtures.at(days: 30)), confirmationDays: 7)
        #expect(dayThirtyOne.isConfirmedWithinEligibilityWindow == false)
    }

    @Test("R11: a delivered scan delivers by the carrier and samples the lane in whole days rounded up")
    func deliveredScan() {
        var shipment = Self.shipment()
        _ = shipment.record(Self.scan("s1", .accepted, Fixtures.at(days: 3)), confirmationDays: 7)
        let facts = shipment.record(Self.scan("s2", .delivered, Fixtures.at(days: 16, hours: 2)), confirmationDays: 7)
        #expect(shipment.deliveryEvidence == .carrier && shipment.deliveredAt == Fixtures.at(days: 16, hours: 2))
        let key = LaneKey(origin: Fixtures.cn, destination: Fixtures.us, carrier: "China Post")
        #expect(facts.contains(.laneSample(key, days: 15)))
        #expect(shipment.customerConfirmedDelivery(at: Fixtures.at(days: 17)) == nil)
        let after = shipment.record(Self.scan("s3", .exception, Fixtures.at(days: 18)), confirmationDays: 7)
        #expect(after.count == 1 && shipment.latestScan == .delivered)
    }

    @Test("R11: the customer's confirmation delivers a parcel the carrier has not")
    func customerDelivery() {
        var shipment = Self.shipment()
        let delivered = shipment.customerConfirmedDelivery(at: Fixtures.at(days: 20))
        #expect(delivered?.evidence == .customer && shipment.isDelivered)
    }

    @Test("A silence of 7 days stalls the parcel once; the next scan starts a new silence")
    func stallOncePerSilence() {
        var shipment = Self.shipment()
        #expect(shipment.stall(at: Fixtures.at(days: 8, hours: 23), afterDays: 7) == nil)
        let stalled = shipment.stall(at: Fixtures.at(days: 9), afterDays: 7)
        #expect(stalled?.silentDays == 7 && stalled?.lastHeardAt == Fixtures.at(days: 2))
        #expect(shipment.stall(at: Fixtures.at(days: 12), afterDays: 7) == nil)
        _ = shipment.record(Self.scan("s1", .inTransit, Fixtures.at(days: 12)), confirmationDays: 7)
        #expect(shipment.stalledAt == nil)
        #expect(shipment.stall(at: Fixtures.at(days: 19), afterDays: 7)?.lastHeardAt == Fixtures.at(days: 12))
    }

    @Test("R9: a ship report with another carrier than the choice is a mismatch; the chosen carrier's name is not")
    func carrierMismatch() {
        #expect(Self.shipment().isCarrierMismatch)
        #expect(Self.shipment().isCarried(by: "wish post") && Self.shipment().isCarried(by: " CHINA POST"))
        #expect(!Self.shipment().isCarried(by: "UPS"))
    }

    @Test("The expected window: a measured lane, else the choice's promise, else the default range")
    func expectedWindow() {
        let expected = ExpectedDelivery(minimumParcels: 20, defaultTransitDays: DayRange(minimum: 7, maximum: 25)!)
        let key = LaneKey(origin: Fixtures.cn, destination: Fixtures.us, carrier: "China Post")
        let young = Lane(key: key, parcels: 19, sumDays: 19 * 12, minimumDays: 10, maximumDays: 14)
        let measured = young.recording(days: 13)
        let shipped = Fixtures.t0
        #expect(expected.window(shippedAt: shipped, choice: nil, lane: nil).latest == Fixtures.at(days: 25))
        #expect(
            expected.window(shippedAt: shipped, choice: Fixtures.choice, lane: young).earliest == Fixtures.at(days: 15))
        let fromLane = expected.window(shippedAt: shipped, choice: Fixtures.choice, lane: measured)
        #expect(fromLane.earliest == Fixtures.at(days: 10) && fromLane.latest == Fixtures.at(days: 14))
        #expect(fromLane.basis == "measured on 20 parcels CN → US with China Post")
    }
}
