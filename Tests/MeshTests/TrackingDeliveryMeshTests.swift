import Contracts
import Foundation
import ProcessControl
import TestSupport
import Testing

extension MeshTests {
    /// An order's way from shipment to delivery with real processes on simulated time (R10, R11): the simulator's
    /// carriers scan the parcel (no scan is made by hand), Tracking follows it, and Orders moves the order on, keeps
    /// its timeline and mails the customer; or the customer confirms the delivery through the `dropline` CLI.
    @Suite(.timeLimit(.minutes(3))) struct TrackingDeliveryMeshTests {
        @Test func carrierScansTakeAShippedOrderToDelivered() async throws {  // R10, R11
            // Given carriers that deliver every parcel, and an order its supplier has shipped
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.punctual)
            let order = try #require(try await mesh.ship(1).first)
            let shipped = try await mesh.show(order)
            #expect(shipped.status == .shipped && shipped.scans.isEmpty)
            let window = try #require(shipped.expectedDelivery)
            let number = try nonEmpty(shipped.trackingNumber, "the tracking number")
            let carrier = try nonEmpty(shipped.carrier, "the carrier")

            // When two days pass, the carrier takes the parcel in (its first scan comes within 48 hours)
            try await mesh.advance("2d")
            try await mesh.orders.waitForStatus(order, .confirmedFulfilled)
            let taken = try await mesh.show(order)
            #expect(taken.status == .inTransit && taken.scans.first?.kind == .accepted)
            #expect(taken.confirmedFulfilledAt == taken.scans.first?.at && taken.isConfirmedWithinDeadline == true)
            let confirmedMail = try await mesh.mail("\(order).confirmed-shipped")
            #expect(confirmedMail.contains(carrier) && confirmedMail.contains(number))
            #expect(confirmedMail.contains("between \(Self.day(window.earliest)) and \(Self.day(window.latest))"))

            // When the window's last day has passed, the carrier has brought the parcel out and delivered it
            try await mesh.advance(until: window.latest.addingTimeInterval(3_600))
            try await mesh.orders.waitForStatus(order, .delivered)
            let delivered = try await mesh.show(order)
            #expect(delivered.status == .delivered && delivered.deliveryEvidence == .carrier)
            let kinds = delivered.scans.map(\.kind)
            #expect(kinds.first == .accepted && kinds.suffix(2) == [.outForDelivery, .delivered], "\(kinds)")
            #expect(kinds.dropFirst().dropLast(2).allSatisfy { $0 == .inTransit }, "\(kinds)")
            let deliveredAt = try #require(delivered.deliveredAt)
            #expect(window.earliest <= deliveredAt && deliveredAt <= window.latest)

            // Then Orders' timeline has each step and each scan, and the customer was told of the steps that matter
            let detail = try await mesh.order(order)
            let steps = detail.timeline.filter(\.isStatusChange).map(\.status)
            #expect(steps.suffix(3) == [.shipped, .confirmedFulfilled, .delivered], "\(steps)")
            #expect(detail.timeline.compactMap(\.scan) == kinds)
            #expect(detail.timeline.last?.cause == .carrierDelivered)
            #expect(try await mesh.mail("\(order).out-for-delivery.1").contains(number))
            #expect(try await mesh.mail("\(order).delivered").contains("delivered your order"))
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }

        @Test func customerConfirmsTheDeliveryWithTheCLI() async throws {  // R11
            // Given an order the carrier has taken in and not delivered yet
            let mesh = try await TrackingMesh.start(carriers: TrackingMesh.punctual)
            let order = try #require(try await mesh.ship(1).first)
            try await mesh.advance("2d")
            try await mesh.orders.waitForStatus(order, .confirmedFulfilled)

            // When the customer says it arrived (`dropline orders confirm-delivery`)
            let (exit, output) = try await mesh.mesh.runCLI(["orders", "confirm-delivery", order.rawValue])
            #expect(exit == .exited(0), "\(output)")

            // Then the order is delivered on the customer's word, Orders publishes the confirmation once, and
            // Tracking ends the parcel's follow-up as delivered by the customer
            let detail = try await mesh.order(order)
            #expect(detail.status == .delivered && detail.timeline.last?.cause == .customerConfirmedDelivery)
            try await mesh.waitForView(order, "delivered by the customer") { view in
                view.status == .delivered && view.deliveryEvidence == .customer
            }
            let confirmations = try await mesh.replay("orders").payloads(OrderDeliveryConfirmed.self)
            #expect(confirmations.map(\.orderID) == [order])
            let deliveries = try await mesh.replay("tracking").payloads(ShipmentDelivered.self)
            #expect(deliveries.map(\.evidence) == [.customer])

            // When the carrier's own delivery scan comes later, nothing changes and no mail says it again
            let window = try #require(try await mesh.show(order).expectedDelivery)
            try await mesh.advance(until: window.latest.addingTimeInterval(3_600))
            let after = try await mesh.show(order)
            #expect(after.scans.last?.kind == .delivered && after.deliveryEvidence == .customer)
            #expect(try await mesh.orders.status(order) == .delivered)
            #expect(try await mesh.replay("tracking").payloads(ShipmentDelivered.self).count == 1)
            #expect(mesh.dispatch.mail("\(order).delivered") == nil)
            #expect(try await mesh.deadLetters() == [])
            await mesh.tearDown()
        }

        /// `2026-11-21`, as the mails write a day.
        static func day(_ date: Date) -> String { String(DomainTime.format(date).prefix(10)) }
    }
}
