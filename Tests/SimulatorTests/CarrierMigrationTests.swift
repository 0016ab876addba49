import Contracts
import Foundation
import GRDB
import ServiceKit
import Simulator
import TestSupport
import Testing

/// docs/architecture.md §3 ("every migration versioned"): `simulator-v2-carriers` rebuilds `outgoingCall` so that
/// each call names its target and a parcel's scans may share a purchase order, keeping every call the v1 code
/// queued, its state and its id.
struct CarrierMigrationTests {
    /// Leaves at `path` a store at `simulator-v1` whose purchase order `po_ord_1_1` has a delivered
    /// acknowledgement (id 1) and a pending shipment (id 2).
    static func makeV1Store(at path: String) throws {
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        var migrator = DatabaseMigrator()
        SimulatorStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "simulator-v1")
        try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO purchaseOrder(id, supplierID, state, trackingNumber, document)
                    VALUES('po_ord_1_1', 'sup_a', 'shipped', 'LT000000019CN', '{}');
                    INSERT INTO outgoingCall(purchaseOrderID, action, body, status, attempts)
                    VALUES('po_ord_1_1', 'acknowledge', CAST('{"n":1}' AS BLOB), 'delivered', 1);
                    INSERT INTO outgoingCall(purchaseOrderID, action, body, attempts)
                    VALUES('po_ord_1_1', 'ship', CAST('{"n":2}' AS BLOB), 0);
                    """)
        }
        try pool.close()
    }

    @Test("The v1 calls survive the migration, go to Dispatch, and new calls are numbered after them")
    func keepsQueuedCalls() async throws {
        // Given a store left by the v1 code, opened by this one
        let harness = try SimulatorHarness(
            stream: "simulator", start: Fixtures.t0, migrations: SimulatorStore.migrate,
            prepare: { try Self.makeV1Store(at: $0) }
        ) { parts in
            SimulatorService(
                parts: parts, settings: Fixtures.settings(), dispatch: FakeDispatch(), tracking: FakeTracking())
        }
        let dispatch = try #require(harness.service.dispatch as? FakeDispatch)

        // Then the pending shipment goes to Dispatch, with the body v1 queued
        #expect(try await harness.service.sender.sendPending() == 1)
        #expect(dispatch.calls.map(\.method) == ["purchase_orders.ship"])
        #expect(dispatch.calls.map(\.body) == [Data(#"{"n":2}"#.utf8)])

        // And a scan queued now is numbered after the v1 calls and goes to Tracking
        let shipment = CarrierFixtures.shipment(serial: 5)
        try harness.deliver(shipment)
        let journey = JourneyPlanner(seed: Fixtures.settings().seed).plan(for: shipment, behaviour: .defaults)
        try harness.advance(to: journey.scans[0].at)
        let rows = try harness.store.read { db in
            try Row.fetchAll(db, sql: "SELECT id, target, action FROM outgoingCall ORDER BY id")
        }
        #expect(rows.map { $0["target"] as String } == ["dispatch", "dispatch", "tracking"])
        #expect(rows.map { $0["id"] as Int64 } == [1, 2, 3])
    }
}
