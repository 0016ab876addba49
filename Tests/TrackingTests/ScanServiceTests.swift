import Contracts
import Foundation
import ServiceKit
import Streams
import TestSupport
import Testing
import Tracking

/// `tracking.scan` and the shipment's registration (R9-R11) through the router, on a real store.
struct ScanServiceTests {
    /// Released at `t0`, shipped at 1 day.
    static func shippedOrder() throws -> TrackingHarness {
        let harness = try TrackingHarness()
        try harness.release()
        try harness.ship(at: Fixtures.at(days: 1))
        return harness
    }

    @Test("R9: a shipment is registered with its choice, normalised number and the choice's 15-25 day window")
    func registration() throws {
        let harness = try TrackingHarness()
        try harness.release()
        let spaced = Fixtures.number().lowercased().enumerated().map { "\($0.element)\($0.offset == 1 ? " " : "")" }
        try harness.ship(number: spaced.joined(), at: Fixtures.at(days: 1))
        let registered = try #require(try harness.published(ShipmentRegistered.self).first)
        #expect(registered.trackingNumber == Fixtures.number() && registered.destination == Fixtures.us)
        #expect(registered.choice == Fixtures.choice && !registered.isCarrierMismatch)
        #expect(registered.expectedDelivery.earliest == Fixtures.at(days: 16))
        #expect(registered.expectedDelivery.latest == Fixtures.at(days: 26))
        #expect(try harness.pendingTimers().map(\.id).sorted() == ["confirmation-deadline:o-1", "stall:o-1"])
    }

    @Test("A shipment applied before its order's release is registered when the release arrives")
    func shippedBeforeRelease() throws {
        let harness = try TrackingHarness()
        try harness.deliver(Fixtures.sent(shipping: nil), on: TrackingHarness.partition)
        try harness.ship(at: Fixtures.at(days: 1))
        #expect(try harness.publishedTypes().isEmpty)
        try harness.deliver(Fixtures.released(), on: StreamNames.orders)
        let registered = try #require(try harness.published(ShipmentRegistered.self).first)
        #expect(registered.destination == Fixtures.us && registered.choice == nil)
        #expect(registered.expectedDelivery.basis == "no service level named: 7-25 days assumed")
        try harness.advance(to: Fixtures.at(days: 6))
        #expect(try harness.published(InfractionRecorded.self).isEmpty)
    }

    @Test("R10: each scan publishes shipment.scanned; the first also shipment.confirmed_fulfilled")
    func scansPublish() async throws {
        let harness = try Self.shippedOrder()
        try harness.advance(to: Fixtures.at(days: 2))
        let first = try await harness.scan(Fixtures.scan("s1", .accepted))
        #expect(first == ScanReceipt(orderID: "o-1", isNew: true, latest: .accepted))
        try harness.advance(to: Fixtures.at(days: 4))
        try await harness.scan(Fixtures.scan("s2", .inTransit, carrier: "Wish Post"))
        #expect(
            try harness.publishedTypes() == [
                "shipment.registered", "shipment.scanned", "shipment.confirmed_fulfilled", "shipment.scanned",
            ])
        let confirmed = try #require(try harness.published(ShipmentConfirmedFulfilled.self).first)
        #expect(confirmed.at == Fixtures.at(days: 2) && confirmed.isWithinDeadline)
        let view = try await harness.show()
        #expect(view.status == .inTransit && view.scans.map(\.scanID) == ["s1", "s2"])
        #expect(view.isConfirmedWithinDeadline == true && view.isConfirmedWithinEligibilityWindow == true)
        #expect(view.deadlines.map(\.rule) == ["R8", "R10", "R12"])
        #expect(view.deadlines.map(\.outcome) == [.met, .met, .met])
    }

    @Test("R10: a repeated scan id answers the same receipt with isNew false and publishes nothing")
    func repeatedScan() async throws {
        let harness = try Self.shippedOrder()
        try await harness.scan(Fixtures.scan("s1", .accepted))
        try await harness.scan(Fixtures.scan("s2", .inTransit))
        let before = try harness.published()
        let again = try await harness.scan(Fixtures.scan("s1", .accepted))
        #expect(again == ScanReceipt(orderID: "o-1", isNew: false, latest: .inTransit))
        #expect(try harness.published() == before)
        #expect(try harness.count("scan") == 2)
    }

    @Test("R10: many concurrent reports, a tenth repeated, are each applied once")
    func concurrentScans() async throws {
        let harness = try Self.shippedOrder()
        let receipts = try await withThrowingTaskGroup(of: ScanReceipt.self) { group in
            for index in 0..<200 {
                let id = index % 10 == 9 ? "s\(index - 1)" : "s\(index)"
                group.addTask { try await harness.scan(Fixtures.scan(id, .inTransit)) }
            }
            return try await group.reduce(into: []) { $0.append($1) }
        }
        #expect(receipts.count == 200)
        #expect(try harness.published(ShipmentScanned.self).count == 180)
        #expect(try harness.count("scan") == 180)
    }

    @Test("A scan for an unknown number is not_found on trackingNumber; another carrier is refused on carrier")
    func refusals() async throws {
        let harness = try Self.shippedOrder()
        let unknown = try await harness.refusal("tracking.scan", Fixtures.scan("s1", number: Fixtures.number(1)))
        #expect(unknown.code == "not_found" && unknown.field == "trackingNumber")
        let other = try await harness.refusal("tracking.scan", Fixtures.scan("s1", carrier: "UPS"))
        #expect(other.code == "invalid_request" && other.field == "carrier")
        #expect(other.message == "Parcel \(Fixtures.number()) travels with Wish Post Standard, not UPS.")
        let blank = try await harness.refusal("tracking.scan", Fixtures.scan(" ", number: "LZ"))
        #expect(blank.field == "scanID")
        let noNumber = try await harness.refusal("tracking.scan", Fixtures.scan("s1", number: "  "))
        #expect(noNumber.field == "trackingNumber")
        #expect(try harness.count("scan") == 0)
    }

    @Test("A scan's time before the shipment is recorded at the shipment's; a past time at the clock's now")
    func scanTimes() async throws {
        let harness = try Self.shippedOrder()
        try await harness.scan(Fixtures.scan("s1", at: Fixtures.t0))
        #expect(try harness.published(ShipmentScanned.self).last?.at == Fixtures.at(days: 1))
        try harness.advance(to: Fixtures.at(days: 3))
        try await harness.scan(Fixtures.scan("s2", .inTransit, at: Fixtures.at(days: 2)))
        #expect(try harness.published(ShipmentScanned.self).last?.at == Fixtures.at(days: 3))
        try await harness.scan(Fixtures.scan("s3", .inTransit, at: Fixtures.at(days: 3, hours: 5)))
        #expect(try harness.published(ShipmentScanned.self).last?.at == Fixtures.at(days: 3, hours: 5))
    }

    @Test(
        "R11: a delivered scan delivers by the carrier, feeds the lane and ends the stall timer; later scans change nothing"
    )
    func deliveredScan() async throws {
        let harness = try Self.shippedOrder()
        try await harness.scan(Fixtures.scan("s1", .accepted, at: Fixtures.at(days: 2)))
        try harness.advance(to: Fixtures.at(days: 15, hours: 3))
        try await harness.scan(Fixtures.scan("s2", .delivered))
        let delivered = try #require(try harness.published(ShipmentDelivered.self).first)
        #expect(delivered.evidence == .carrier && delivered.at == Fixtures.at(days: 15, hours: 3))
        #expect(try harness.pendingTimers().isEmpty)
        let lanes = try await harness.call("tracking.lanes", Empty(), as: LaneList.self)
        #expect(lanes.lanes.map(\.parcels) == [1] && lanes.lanes.first?.minimumDays == 15)
        #expect(lanes.lanes.first?.carrier == "Wish Post Standard" && lanes.lanes.first?.isMeasured == false)
        let receipt = try await harness.scan(Fixtures.scan("s3", .exception))
        #expect(receipt.isNew && receipt.latest == .delivered)
        try harness.deliver(OrderDeliveryConfirmed(orderID: "o-1", at: Fixtures.at(days: 16)), on: StreamNames.orders)
        #expect(try harness.published(ShipmentDelivered.self).count == 1)
        #expect(try await harness.show().status == .delivered)
    }

    @Test("R11: the customer's confirmation delivers a parcel the carrier did not, evidence customer")
    func customerConfirmation() async throws {
        let harness = try Self.shippedOrder()
        try harness.advance(to: Fixtures.at(days: 5))
        try harness.deliver(OrderDeliveryConfirmed(orderID: "o-1", at: Fixtures.at(days: 5)), on: StreamNames.orders)
        #expect(try harness.published(ShipmentDelivered.self).map(\.evidence) == [.customer])
        #expect(try harness.pendingTimers().map(\.id) == ["confirmation-deadline:o-1"])
        let view = try await harness.show()
        #expect(view.status == .delivered && view.deliveryEvidence == .customer)
    }

    @Test("A parcel silent for 7 days stalls once; a scan re-arms the timer for the next silence")
    func stall() async throws {
        let harness = try Self.shippedOrder()
        try harness.advance(to: Fixtures.at(days: 2))
        try await harness.scan(Fixtures.scan("s1"))
        try harness.advance(to: Fixtures.at(days: 8, hours: 23))
        #expect(try harness.published(ShipmentStalled.self).isEmpty)
        try harness.advance(to: Fixtures.at(days: 9))
        let stalled = try #require(try harness.published(ShipmentStalled.self).first)
        #expect(stalled.lastHeardAt == Fixtures.at(days: 2) && stalled.silentDays == 7)
        #expect(try await harness.show().status == .stalled)
        try harness.advance(to: Fixtures.at(days: 20))
        #expect(try harness.published(ShipmentStalled.self).count == 1)
        try await harness.scan(Fixtures.scan("s2", .inTransit))
        #expect(try await harness.show().status == .inTransit)
        try harness.advance(to: Fixtures.at(days: 27))
        #expect(try harness.published(ShipmentStalled.self).count == 2)
    }

    @Test("tracking.show: an order released and not shipped shows its pending deadlines; an unknown one is not_found")
    func showBeforeShipment() async throws {
        let harness = try TrackingHarness()
        try harness.release()
        let view = try await harness.show()
        #expect(view.status == .awaitingShipment && view.carrier == nil && view.destination == Fixtures.us)
        #expect(view.deadlines.map(\.due) == [Fixtures.at(days: 5), Fixtures.at(days: 7), Fixtures.at(days: 30)])
        #expect(view.deadlines.allSatisfy { $0.outcome == .pending })
        let missing = try await harness.refusal("tracking.show", OrderReference(orderID: "o-9"))
        #expect(missing.code == "not_found" && missing.field == "orderID")
    }
}
