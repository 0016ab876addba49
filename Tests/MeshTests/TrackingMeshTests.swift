import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests {
    /// The tracking service with real processes on simulated time (R8, R10): an order the simulator ships is
    /// registered, scanned through `tracking.scan` and confirmed fulfilled; an order no supplier ships gets its
    /// `late_fulfillment` infraction at release + 5 days.
    @Suite(.timeLimit(.minutes(3))) struct TrackingMeshTests {
        @Test func shippedOrderIsConfirmedFulfilledAtItsFirstScan() async throws {  // R9, R10
            // Given the mesh with tracking, and an order released and shipped by its supplier
            let dispatch = try await DispatchMesh.start(tracking: true)
            let order = try #require(try await dispatch.placeAndDispatch(1).first)
            try await dispatch.advance("3h")
            try await dispatch.waitForStatus([order], .shipped)
            let shipped = try #require(await dispatch.purchaseOrders(order).last)
            let carrier = try nonEmpty(shipped.carrier, "the carrier")
            let number = try nonEmpty(shipped.trackingNumber, "the tracking number")
            let stores = MeshStores(statePath: dispatch.mesh.statePath)
            try await waitUntil("tracking to register the shipment") {
                (try? await stores.payloads(ShipmentRegistered.self, of: "tracking").count) == 1
            }

            // When the carrier reports its first scan, then reports it again
            let report = ScanReport(
                carrier: carrier, trackingNumber: number, scanID: "scan-1", kind: .accepted, location: "Shenzhen")
            let receipt = try await dispatch.mesh.call("tracking", "tracking.scan", report, as: ScanReceipt.self)
            let again = try await dispatch.mesh.call("tracking", "tracking.scan", report, as: ScanReceipt.self)

            // Then the tracking stream has one scan and the order's confirmation, within R10's 7 days
            #expect(receipt == ScanReceipt(orderID: order, isNew: true, latest: .accepted))
            #expect(again.isNew == false)
            let confirmed = try await stores.payloads(ShipmentConfirmedFulfilled.self, of: "tracking")
            #expect(confirmed.map(\.orderID) == [order])
            #expect(confirmed.first?.isWithinDeadline == true && confirmed.first?.isWithinEligibilityWindow == true)
            #expect(try await stores.payloads(ShipmentScanned.self, of: "tracking").count == 1)
            let view = try await dispatch.mesh.call(
                "tracking", "tracking.show", OrderReference(orderID: order), as: ShipmentView.self)
            #expect(view.status == .inTransit && view.trackingNumber == number && view.scans.count == 1)
            #expect(view.deadlines.map(\.outcome) == [.met, .met, .met])
            await dispatch.tearDown()
        }

        @Test func orderNoSupplierShipsIsLateAtDayFive() async throws {  // R8
            // Given every supplier of TEE-M silent, and an order released to them
            let dispatch = try await DispatchMesh.start(tracking: true)
            for supplier: SupplierID in ["sup_sz", "sup_gz", "sup_yw"] {
                try await dispatch.setBehaviour(supplier, SupplierBehaviourChange(silentRate: 1))
            }
            let order = try #require(try await dispatch.placeAndDispatch(1).first)
            let release = try await dispatch.clock()
            let stores = MeshStores(statePath: dispatch.mesh.statePath)

            // When 4 days 23 hours pass, nothing is recorded; at 5 days late_fulfillment is
            try await dispatch.advance("4d23h")
            #expect(try await stores.payloads(InfractionRecorded.self, of: "tracking").isEmpty)
            try await dispatch.advance("1h")
            try await waitUntil("the late_fulfillment infraction") {
                (try? await stores.payloads(InfractionRecorded.self, of: "tracking").isEmpty) == false
            }
            let infraction = try #require(try await stores.payloads(InfractionRecorded.self, of: "tracking").first)
            #expect(infraction.kind == .lateFulfillment && infraction.orderID == order)
            #expect(infraction.penalty == Money(minorUnits: 50_00, currency: CurrencyCode("USD")!))
            #expect(infraction.deadline == release.addingTimeInterval(5 * 86_400))
            let list = try await dispatch.mesh.call(
                "tracking", "tracking.infractions", InfractionListRequest(merchantID: OrderMesh.merchant),
                as: InfractionList.self)
            #expect(list.infractions.map(\.infractionID) == ["inf_\(order.rawValue)_late_fulfillment"])
            await dispatch.tearDown()
        }
    }
}
