import Contracts
import Foundation
import GRDB
import ServiceKit
import Simulator
import TestSupport
import Testing

/// R10, R11: the simulated carriers take each `shipment.registered` from the `tracking` stream, plan the parcel's
/// scans on durable timers and report each to Tracking through the outgoing calls, once per scan id.
struct CarrierTests {
    /// Every parcel unscanned: the other rates must make room, as the four add up to at most 1.
    private static let neverScans = CarrierBehaviourChange(
        exceptionRate: 0, returnRate: 0, lostRate: 0, unscannedRate: 1)

    /// The journey the harness's carrier plans for `shipment` under `behaviour`.
    private func expected(
        _ shipment: ShipmentRegistered, _ behaviour: CarrierBehaviour = CarrierBehaviour.defaults
    ) -> ParcelJourney {
        JourneyPlanner(seed: Fixtures.settings().seed).plan(for: shipment, behaviour: behaviour)
    }

    /// Calls still to make.
    private func queued(_ harness: SimulatorHarness) throws -> Int {
        try harness.store.read { try harness.service.queuedCalls(in: $0) }
    }

    @Test("R10, R11: each scan is queued when its timer fires and reported with its own scan id and time")
    func scansReachTracking() async throws {
        // Given a parcel registered at t0
        let harness = try SimulatorHarness()
        let shipment = CarrierFixtures.shipment()
        try harness.deliver(shipment)
        let journey = expected(shipment)
        #expect(journey.fate == .delivered)
        #expect(try harness.pendingTimers().map(\.due) == journey.scans.map(\.at))

        // When time reaches just before the first scan, nothing is queued
        let first = journey.scans[0].at
        try harness.advance(to: first.addingTimeInterval(-1))
        #expect(try queued(harness) == 0)

        // When it reaches the first scan, the acceptance is queued and reported
        try harness.advance(to: first)
        #expect(try queued(harness) == 1)
        #expect(try await harness.send() == 1)
        let number = shipment.trackingNumber
        #expect(
            harness.tracking.reports == [
                ScanReport(
                    carrier: "Wish Post Standard", trackingNumber: number, scanID: "\(number)-1", kind: .accepted,
                    location: "Acceptance, CN", at: first)
            ])

        // When time passes the delivery, every other scan goes, in order, one after another
        try harness.advance(to: Fixtures.t0.addingTimeInterval(30 * CarrierFixtures.day))
        while try await harness.send() > 0 {}
        let reports = harness.tracking.reports
        #expect(reports.map(\.kind) == journey.scans.map(\.kind))
        #expect(reports.map(\.at) == journey.scans.map(\.at))
        #expect(reports.map(\.scanID) == journey.scans.indices.map { "\(number)-\($0 + 1)" })
        #expect(try queued(harness) == 0 && harness.dispatch.calls.isEmpty)
    }

    @Test("R10: a redelivered shipment.registered plans nothing more")
    func redeliveryChangesNothing() async throws {
        let harness = try SimulatorHarness()
        let delivery = try harness.deliver(CarrierFixtures.shipment())
        let timers = try harness.pendingTimers()
        try harness.redeliver(delivery)
        try harness.deliver(CarrierFixtures.shipment())
        #expect(try harness.pendingTimers() == timers)
        try harness.advance(by: 30 * CarrierFixtures.day)
        while try await harness.send() > 0 {}
        #expect(harness.tracking.reports.count == timers.count)
        #expect(Set(harness.tracking.reports.map(\.scanID)).count == timers.count)
    }

    @Test(
        "R10: a scan whose report failed is reported again by the restarted simulator, with the same scan id",
        .timeLimit(.minutes(1)))
    func resendAfterRestartIsTheSameScan() async throws {
        // Given a scan whose report Tracking could not take
        let harness = try SimulatorHarness()
        let shipment = CarrierFixtures.shipment()
        try harness.deliver(shipment)
        try harness.advance(to: expected(shipment).scans[0].at)
        harness.tracking.answer(with: .error("unavailable"))
        #expect(try await harness.send() == 0)

        // When the simulator restarts, the queued report goes again once its backoff is over, unchanged
        let restarted = try harness.reopened()
        try await waitUntil("the scan is reported again") { try await restarted.send() == 1 }
        #expect(restarted.tracking.reports == harness.tracking.reports)
        #expect(restarted.tracking.reports.count == 1)
    }

    @Test("R10: a refused scan is recorded and not retried; the parcel's next scan still goes")
    func refusalIsNotRetried() async throws {
        let harness = try SimulatorHarness()
        let shipment = CarrierFixtures.shipment()
        try harness.deliver(shipment)
        let journey = expected(shipment)
        harness.tracking.answer(with: .error("not_found"))
        try harness.advance(to: journey.scans[1].at)
        #expect(try await harness.send() == 1)
        #expect(try await harness.send() == 1)
        #expect(try await harness.send() == 0)
        #expect(harness.tracking.reports.map(\.kind) == journey.scans.prefix(2).map(\.kind))
    }

    @Test("R10: a carrier set to never scan plans no scan; its name is matched without regard to case")
    func behaviourPerCarrier() async throws {
        let harness = try SimulatorHarness()
        let entry = try await harness.call(
            "simulator.carrier_behaviour.set",
            SetCarrierBehaviourRequest(carrier: "wish post standard", behaviour: Self.neverScans),
            as: CarrierBehaviourEntry.self)
        #expect(entry.isOverridden && entry.behaviour.unscannedRate == 1 && entry.behaviour.transitMultiplier == 1)
        try harness.deliver(CarrierFixtures.shipment(serial: 1))
        #expect(try harness.pendingTimers().isEmpty)

        // Another carrier follows the defaults; the chosen service level's carrier name is matched too
        try harness.deliver(CarrierFixtures.shipment(serial: 2, carrier: "China Post"))
        #expect(try !harness.pendingTimers().isEmpty)
        // A shipment recorded under the catalogue's carrier (Wish Post) follows its chosen level's behaviour
        let before = try harness.pendingTimers()
        try harness.deliver(CarrierFixtures.shipment(serial: 4, carrier: "Wish Post"))
        #expect(try harness.pendingTimers() == before)
        _ = try await harness.call(
            "simulator.carrier_behaviour.set",
            SetCarrierBehaviourRequest(carrier: "Wish Post", behaviour: Self.neverScans),
            as: CarrierBehaviourEntry.self)
        let timers = try harness.pendingTimers()
        try harness.deliver(CarrierFixtures.shipment(serial: 3, carrier: "China Post"))
        #expect(try harness.pendingTimers() == timers)
    }

    @Test("simulator.carrier_behaviour.list shows the defaults and each carrier set; a reset forgets it")
    func listAndReset() async throws {
        let harness = try SimulatorHarness()
        let set = SetCarrierBehaviourRequest(carrier: "UPS", behaviour: CarrierBehaviourChange(lostRate: 0.5))
        _ = try await harness.call("simulator.carrier_behaviour.set", set, as: CarrierBehaviourEntry.self)
        var list = try await harness.call("simulator.carrier_behaviour.list", Empty(), as: CarrierBehaviourList.self)
        #expect(list.defaults == .defaults)
        #expect(list.carriers.map(\.carrier) == ["UPS"] && list.carriers.first?.behaviour.lostRate == 0.5)

        let reset = try await harness.call(
            "simulator.carrier_behaviour.set", SetCarrierBehaviourRequest(carrier: "ups", behaviour: nil),
            as: CarrierBehaviourEntry.self)
        #expect(!reset.isOverridden && reset.behaviour == .defaults)
        list = try await harness.call("simulator.carrier_behaviour.list", Empty(), as: CarrierBehaviourList.self)
        #expect(list.carriers.isEmpty)
    }

    @Test("simulator.carrier_behaviour.set refuses an empty carrier and rates that cannot be, naming the field")
    func refusals() async throws {
        let harness = try SimulatorHarness()
        let empty = try await harness.refusal(
            "simulator.carrier_behaviour.set",
            SetCarrierBehaviourRequest(carrier: "  ", behaviour: CarrierBehaviourChange(lostRate: 0.1)))
        #expect(empty.code == "invalid_request" && empty.field == "carrier")
        let tooMany = try await harness.refusal(
            "simulator.carrier_behaviour.set",
            SetCarrierBehaviourRequest(
                carrier: "UPS",
                behaviour: CarrierBehaviourChange(
                    exceptionRate: 0.13, returnRate: 0.5, lostRate: 0.5, unscannedRate: 0.1)))
        #expect(tooMany.field == "behaviour.unscannedRate")
        #expect(tooMany.message.hasSuffix("rates add up to 1.23, more than 1: lower the others"))
        let slow = try await harness.refusal(
            "simulator.carrier_behaviour.set",
            SetCarrierBehaviourRequest(carrier: "UPS", behaviour: CarrierBehaviourChange(transitMultiplier: 0)))
        #expect(slow.field == "behaviour.transitMultiplier")
    }

    @Test("The supplier answers and the scans share the queue, each to its own target")
    func answersAndScansShareTheQueue() async throws {
        // Given the supplier's purchase order po_ord_1_1 and its parcel, registered at once
        let harness = try SimulatorHarness()
        try await harness.receive(Fixtures.request())
        let shipment = CarrierFixtures.shipment(serial: 1)
        try harness.deliver(shipment)

        // When both the acknowledgement and the acceptance scan are due
        try harness.advance(to: max(Fixtures.minutes(30), expected(shipment).scans[0].at))
        while try await harness.send() > 0 {}

        // Then Dispatch heard the supplier, Tracking the carrier, and the purchase order lists only its answers
        #expect(harness.dispatch.methods.first == "purchase_orders.acknowledge")
        #expect(harness.tracking.reports.first?.kind == .accepted)
        let actions = try await harness.view("po_ord_1_1").calls.map(\.action)
        #expect(actions.first == .acknowledge && actions.allSatisfy { $0 == .acknowledge || $0 == .ship })
    }

    @Test("Without a tracking service in the mesh, the simulator consumes no tracking stream")
    func noTrackingNoCarriers() throws {
        let harness = try ServiceHarness(stream: "simulator", start: Fixtures.t0, migrations: SimulatorStore.migrate) {
            parts in SimulatorService(parts: parts, settings: Fixtures.settings(), dispatch: FakeDispatch())
        }
        #expect(harness.service.consumptions.isEmpty)
    }
}
