import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests {
    /// The tracking service with real processes on simulated time (R8, R10): an order the simulator ships is
    /// registered, scanned through `tracking.scan` and confirmed fulfilled; an order no supplier ships is refunded
    /// with its `late_fulfillment` infraction at release + 5 days (stock back, purchase order cancelled); a parcel
    /// no carrier scans gets `late_confirmed_fulfillment` at release + 7 days; a lost parcel stalls.
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

        @Test func orderNoSupplierShipsIsRefundedAtDayFive() async throws {  // R8
            // Given a first supplier that never answers, and acknowledgement and ship deadlines past R8's 5 days so
            // that its purchase order is still open then, and an order released to it
            let mesh = try await TrackingMesh.start(
                carriers: TrackingMesh.punctual, dispatchSettings: ["acknowledge_hours": "168", "ship_hours": "168"])
            try await mesh.dispatch.setBehaviour("sup_sz", SupplierBehaviourChange(silentRate: 1))
            let before = try await mesh.orders.stock()
            let order = try #require(try await mesh.dispatch.placeAndDispatch(1).first)
            let release = try #require(try await mesh.order(order).releasedAt)

            // When 4 days 23 hours pass, nothing is recorded; at 5 days late_fulfillment is
            try await mesh.advance(until: release.addingTimeInterval(4 * 86_400 + 23 * 3_600))
            #expect(try await mesh.infractions().isEmpty)
            #expect(try await mesh.orders.status(order) == .dispatched)
            try await mesh.advance("1h")
            try await mesh.orders.waitForStatus(order, .refunded)
            let infraction = try #require(try await mesh.infractions().first)
            #expect(infraction.kind == .lateFulfillment && infraction.orderID == order)
            #expect(infraction.infractionID == "inf_\(order.rawValue)_late_fulfillment")
            #expect(infraction.penalty == Money(minorUnits: 50_00, currency: CurrencyCode("USD")!))
            #expect(infraction.deadline == release.addingTimeInterval(5 * 86_400))

            // Then the order is refunded for late fulfilment, its payment given back and its unit back in stock
            let detail = try await mesh.order(order)
            #expect(detail.timeline.last?.status == .refunded && detail.timeline.last?.cause == .lateFulfillment)
            try await waitUntil("the payment given back") {
                [.voided, .refunded].contains(try await mesh.dispatch.payment(order))
            }
            try await waitUntil("the unit back in stock") {
                let stock = try await mesh.orders.stock()
                return stock.available == before.available && stock.sold == before.sold
                    && stock.reserved == before.reserved
            }

            // And the open purchase order is cancelled at the supplier, Tracking follows the order no more, and
            // the merchant (the infraction and its penalty) and the customer (the refund) are told
            try await mesh.dispatch.waitForJob(order, "the purchase order cancelled") {
                $0.purchaseOrders.map(\.closure) == ["cancelled"]
            }
            #expect(try await mesh.dispatch.supplierState(order, attempt: 1) == ("sup_sz", .cancelled))
            #expect(try await mesh.show(order).status == .ended)
            let merchantMail = try await mesh.mail("\(order).infraction.late-fulfillment")
            #expect(merchantMail.contains("late_fulfillment") && merchantMail.contains("50"))
            #expect(try await mesh.mail("\(order).refund").contains("within 5 days"))
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }

        @Test func exhaustedOrderRefundedAtDayFiveIsRefundedOnce() async throws {  // R6, R8
            // Given every supplier of TEE-M silent: the order runs out of suppliers at 72 hours, and its R6 refund
            // would come 72 hours later, after R8's at 5 days
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.punctual)
            for supplier: SupplierID in ["sup_sz", "sup_gz", "sup_yw"] {
                try await mesh.dispatch.setBehaviour(supplier, SupplierBehaviourChange(silentRate: 1))
            }
            let before = try await mesh.orders.stock()
            let order = try #require(try await mesh.dispatch.placeAndDispatch(1).first)
            let release = try #require(try await mesh.order(order).releasedAt)

            // When R8 refunds it at 5 days, and the day R6 would have refunded it passes too
            try await mesh.advance(until: release.addingTimeInterval(5 * 86_400))
            try await mesh.orders.waitForStatus(order, .refunded)
            try await mesh.advance("2d")

            // Then it was refunded once, for late fulfilment, with its unit back in stock once
            let detail = try await mesh.order(order)
            #expect(detail.status == .refunded)
            let refundSteps = detail.timeline.filter { $0.status == .refunded && $0.isStatusChange }
            #expect(refundSteps.map(\.cause) == [.lateFulfillment])
            let refunds = try await mesh.replay("orders").payloads(OrderRefunded.self).filter { $0.orderID == order }
            #expect(refunds.map(\.cause) == [.lateFulfillment])
            let stock = try await mesh.orders.stock()
            #expect(
                stock.available == before.available && stock.sold == before.sold, "\(stock) after, \(before) before")
            let payment = try await mesh.dispatch.payment(order)
            #expect(payment == .voided || payment == .refunded)
            #expect(mesh.orders.mails().filter { $0.contains("\(order).refund") }.count == 1)
            #expect(try await mesh.infractions().map(\.kind) == [.lateFulfillment])
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }

        @Test func parcelNoCarrierScansIsLateConfirmedAtDaySeven() async throws {  // R10
            // Given carriers that never scan, and an order shipped on time
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.silent)
            let order = try #require(try await mesh.ship(1).first)
            let release = try #require(try await mesh.order(order).releasedAt)

            // When 6 days 23 hours pass, nothing is recorded; at 7 days late_confirmed_fulfillment is
            try await mesh.advance(until: release.addingTimeInterval(6 * 86_400 + 23 * 3_600))
            #expect(try await mesh.infractions().isEmpty)
            try await mesh.advance("1h")
            try await waitUntil("the late_confirmed_fulfillment infraction") {
                (try? await mesh.infractions().isEmpty) == false
            }
            let infraction = try #require(try await mesh.infractions().first)
            #expect(infraction.kind == .lateConfirmedFulfillment && infraction.orderID == order)
            #expect(infraction.deadline == release.addingTimeInterval(7 * 86_400) && infraction.penalty == nil)

            // Then the order stays shipped with the infraction on its timeline, and the merchant is told
            let mail = try await mesh.mail("\(order).infraction.late-confirmed-fulfillment")
            #expect(mail.contains("late_confirmed_fulfillment"))
            let detail = try await mesh.order(order)
            #expect(detail.status == .shipped)
            #expect(detail.timeline.contains { $0.cause == .lateConfirmedFulfillment && !$0.isStatusChange })
            let view = try await mesh.show(order)
            #expect(view.status == .shipped && view.scans.isEmpty && view.deadlines.map(\.outcome).contains(.missed))
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }

        @Test func lostParcelStallsAndTheMerchantIsTold() async throws {  // R10
            // Given carriers that lose every parcel after taking it in, and an order shipped
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.losing)
            let order = try #require(try await mesh.ship(1).first)
            let window = try #require(try await mesh.show(order).expectedDelivery)

            // When the carrier goes quiet for 7 days (the last scan comes before the window's end at the latest)
            try await mesh.advance(until: window.latest.addingTimeInterval(7 * 86_400 + 3_600))

            // Then the parcel is stalled 7 days after it was last heard of, once, and the merchant is told
            let stalls = try await mesh.replay("tracking").payloads(ShipmentStalled.self)
            #expect(stalls.map(\.orderID) == [order])
            let stall = try #require(stalls.first)
            let view = try await mesh.show(order)
            let lastScan = try #require(view.scans.last)
            #expect(view.status == .stalled && view.stalledAt == stall.at)
            #expect(view.scans.allSatisfy { $0.kind == .accepted || $0.kind == .inTransit })
            #expect(stall.lastHeardAt == lastScan.at && stall.at == lastScan.at.addingTimeInterval(7 * 86_400))
            #expect(stall.silentDays == 7)
            let mail = try await mesh.mail("\(order).stalled.1")
            #expect(mail.contains(stall.trackingNumber) && mail.contains("7 days"))
            let detail = try await mesh.order(order)
            #expect(detail.status == .confirmedFulfilled)
            #expect(detail.timeline.last?.cause == .shipmentStalled)
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }
    }
}
