import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests {
    /// Supplier dispatch with real processes on simulated time (R6, R7, R15, R16): released orders go to their
    /// suppliers through the simulator, fail over, run out of suppliers, are cancelled, and ship exactly once while
    /// dispatch workers are killed or the group is scaled (`DispatchMeshTests+Workers.swift`).
    @Suite(.timeLimit(.minutes(3))) struct DispatchMeshTests {
        @Test func releasedOrderShipsFromTheFirstSupplierUnderTheMerchantsBrand() async throws {  // R6, R7, R9
            // Given suppliers whose API takes 2 s of wall time, so the purchase order can be read while in flight
            let dispatch = try await DispatchMesh.start(latency: .seconds(2))
            let order = try await dispatch.place(1)
            try await dispatch.waitForStatus([order], .held)

            // When the hold ends, the purchase order goes to the first-ranked supplier
            try await dispatch.advance("8h")
            let stores = MeshStores(statePath: dispatch.mesh.statePath)
            var body: Data?
            try await waitUntil("the purchase order in flight") {
                body = try? await stores.pendingPurchaseOrderRequest(order)
                return body != nil
            }
            let bytes = try #require(body)
            let request = try DomainTime.makeDecoder().decode(PurchaseOrderRequest.self, from: bytes)
            #expect(request.supplierID.rawValue == "sup_sz" && request.quantity == 1)
            #expect(request.cost.minorUnits == 2200 + 1500 + 200, "product + shipping + processing fee")

            // Then it carries the merchant's brand, return address and packaging instructions, never the supplier's
            #expect(request.brand == DispatchMesh.merchant && request.returnAddress.name == "Loja Azul Devoluções")
            #expect(request.packagingInstructions == DispatchMesh.packagingInstructions)
            let kinds = request.documents.map { "\($0.kind)/\($0.language)" }
            #expect(kinds == ["packing_list/pt", "invoice/pt", "commercial_invoice/pt", "commercial_invoice/en"])
            let supplier = DispatchMesh.suppliers[0]
            for document in request.documents {
                for text in [document.html, document.json] {
                    #expect(text.contains(DispatchMesh.merchant), "\(document.kind)/\(document.language): no brand")
                    for leak in [supplier.id.rawValue, supplier.name, supplier.email, "Shenzhen"] {
                        #expect(!text.contains(leak), "\(document.kind)/\(document.language) names \(leak)")
                    }
                }
            }
            #expect(
                request.documents.filter { $0.kind == "commercial_invoice" }.allSatisfy { $0.json.contains("610910") })
            let wholeRequest = String(decoding: bytes, as: UTF8.self)
            #expect(!wholeRequest.contains(supplier.name) && !wholeRequest.contains(supplier.email))

            // And once the supplier has it, the order is dispatched and its unit sold
            try await dispatch.waitForStatus([order], .dispatched)
            #expect(try await dispatch.supplierState(order, attempt: 1) == ("sup_sz", .received))
            let job = try await dispatch.job(order)
            let sent = try #require(job.purchaseOrders.first)
            let sentAt = try #require(sent.sentAt)
            #expect(sentAt >= job.releasedAt, "a purchase order is not sent before its order's release")
            try await waitUntil("inventory to count the unit sold") { try await dispatch.orders.stock().sold == 1 }

            // When the supplier acknowledges (30 minutes after receipt), then ships (2 hours later)
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(order, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
            #expect(try await dispatch.orders.status(order) == .dispatched)
            try await dispatch.advance("2h")
            try await dispatch.waitForStatus([order], .shipped)

            // Then the order shipped once, on time, with the carrier and tracking number the supplier used
            let purchaseOrders = await dispatch.purchaseOrders(order)
            #expect(purchaseOrders.count == 1)
            let shipped = try #require(purchaseOrders.first)
            #expect(shipped.closure == "shipped" && shipped.shippedOnTime == true)
            let carrier = try nonEmpty(shipped.carrier, "the carrier")
            let trackingNumber = try nonEmpty(shipped.trackingNumber, "the tracking number")
            let atSupplier = try await dispatch.received(for: order)
            #expect(atSupplier.count == 1 && atSupplier.first?.state == .shipped)
            #expect(atSupplier.first?.plan.trackingNumber == trackingNumber)
            try await waitUntil("the customer's shipped mail") { dispatch.mail("\(order).shipped") != nil }
            let mail = try #require(dispatch.mail("\(order).shipped"))
            #expect(mail.contains("Carrier: \(carrier)") && mail.contains("Tracking number: \(trackingNumber)"))
            await dispatch.tearDown()
        }

        @Test func rejectedPurchaseOrderGoesToTheBackupSupplier() async throws {  // R6
            // Given a first-ranked supplier that rejects everything
            let dispatch = try await DispatchMesh.start()
            try await dispatch.setBehaviour("sup_sz", SupplierBehaviourChange(rejectRate: 1))
            let order = try #require(try await dispatch.placeAndDispatch(1).first)

            // When it rejects the purchase order (30 minutes after receipt; the backup's goes out at once)
            try await dispatch.advance("30m")
            try await dispatch.waitForJob(order, "a purchase order at the backup") { job in
                job.purchaseOrders.count == 2 && job.dispatchStatus == .awaitingAcknowledgement
            }

            // Then the second-ranked supplier gets one, and ships it
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(order, "the backup's acknowledgement") {
                $0.dispatchStatus == .awaitingShipment
            }
            try await dispatch.advance("2h")
            try await dispatch.waitForStatus([order], .shipped)
            let purchaseOrders = await dispatch.purchaseOrders(order)
            #expect(purchaseOrders.map(\.supplierID) == ["sup_sz", "sup_gz"])
            #expect(purchaseOrders.map(\.closure) == ["rejected", "shipped"])
            #expect(try await dispatch.supplierState(order, attempt: 1) == ("sup_sz", .rejected))
            #expect(try await dispatch.supplierState(order, attempt: 2) == ("sup_gz", .shipped))
            let trackingNumber = try nonEmpty(purchaseOrders.last?.trackingNumber, "the tracking number")
            try await waitUntil("the customer's shipped mail") { dispatch.mail("\(order).shipped") != nil }
            #expect(dispatch.mail("\(order).shipped")?.contains(trackingNumber) == true)
            await dispatch.tearDown()
        }

        @Test func orderNoSupplierTakesIsRefundedSeventyTwoHoursLater() async throws {  // R6
            // Given three suppliers that all reject
            let dispatch = try await DispatchMesh.start()
            for supplier: SupplierID in ["sup_sz", "sup_gz", "sup_yw"] {
                try await dispatch.setBehaviour(supplier, SupplierBehaviourChange(rejectRate: 1))
            }
            let order = try #require(try await dispatch.placeAndDispatch(1).first)

            // When each rejects in turn, 30 minutes after its purchase order (the next one goes out at once)
            for refusals in 1...3 {
                try await dispatch.advance("30m")
                try await dispatch.waitForJob(order, "\(refusals) refusals") { job in
                    let closed = job.purchaseOrders.filter { $0.closure == "rejected" }
                    let next: DispatchStatus = refusals == 3 ? .exhausted : .awaitingAcknowledgement
                    return closed.count == refusals && job.dispatchStatus == next
                }
            }

            // Then the merchant is told which suppliers failed, and the refund waits for its 72 hours
            let job = try await dispatch.job(order)
            #expect(job.purchaseOrders.map(\.supplierID) == ["sup_sz", "sup_gz", "sup_yw"])
            try await waitUntil("the merchant's mail") { dispatch.mail("\(order).dispatch-exhausted.3") != nil }
            let mail = try #require(dispatch.mail("\(order).dispatch-exhausted.3"))
            #expect(["sup_sz", "sup_gz", "sup_yw"].allSatisfy { mail.contains($0) })
            let refundAt = try #require(job.refundAt)
            let now = try await dispatch.clock()
            let minutesLeft = Int(refundAt.timeIntervalSince(now) / 60)
            #expect(minutesLeft > 60 * 70, "refund at \(refundAt), now \(now)")
            try await dispatch.advance("\(minutesLeft - 1)m", reachedBy: [DispatchMesh.partition(of: order), "orders"])
            #expect(try await dispatch.job(order).dispatchStatus == .exhausted)
            #expect(try await dispatch.orders.status(order) == .dispatchExhausted)
            let waiting = try await dispatch.mesh.call(
                "orders", "orders.list", OrderListRequest(status: "dispatch_exhausted"), as: OrderList.self)
            #expect(waiting.orders.map(\.orderID) == [order] && waiting.total == 1)

            // When the refund time comes, the order is refunded and so is the payment
            try await dispatch.advance("1m")
            try await dispatch.waitForStatus([order], .refunded)
            try await waitUntil("the payment refunded") { try await dispatch.payment(order) == .refunded }
            try await waitUntil("the customer's refund mail") { dispatch.mail("\(order).refund") != nil }
            #expect(try await dispatch.job(order).dispatchStatus == .abandoned)
            let stores = await dispatch.stop()
            let stored = try await stores.events(of: DispatchMesh.partition(of: order))
            let events = try stored.map(PartitionEvent.init).filter { $0.orderID == order }
            let sentFailed = [PurchaseOrderSent.eventType, PurchaseOrderFailed.eventType]
            let expected =
                sentFailed + sentFailed + sentFailed + [DispatchExhausted.eventType, DispatchAbandoned.eventType]
            #expect(events.map(\.type) == expected)
            let exhaustions = try stored.filter { $0.type == DispatchExhausted.eventType }.map {
                try $0.envelope(DispatchExhausted.self).data
            }
            let exhausted = try #require(exhaustions.first { $0.orderID == order })
            #expect(exhausted.refundAt == exhausted.at.addingTimeInterval(72 * 3600))
            #expect(try await stores.deadLetters() == [])
            await dispatch.tearDown()
        }

        @Test func supplierThatMissesItsDeadlineIsWithdrawnAndReplaced() async throws {  // R7
            // Given a silent first supplier for M and a first supplier for L that ships 60 h after receipt
            let dispatch = try await DispatchMesh.start()
            try await dispatch.setBehaviour("sup_sz", SupplierBehaviourChange(silentRate: 1))
            try await dispatch.setBehaviour("sup_hz", SupplierBehaviourChange(lateShipRate: 1))
            let placed = try await dispatch.placeAndDispatch(skus: ["TEE-M", "TEE-L"])
            let (silent, late) = (placed[0], placed[1])
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(late, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
            #expect(try await dispatch.job(silent).dispatchStatus == .awaitingAcknowledgement)

            // When 24 hours pass without an acknowledgement, the purchase order is withdrawn and the backup's sent
            try await dispatch.advance("23h")
            try await dispatch.waitForJob(silent, "a purchase order at the backup") { job in
                job.purchaseOrders.count == 2 && job.dispatchStatus == .awaitingAcknowledgement
            }
            #expect(await dispatch.purchaseOrders(silent).first?.closure == "not_acknowledged")
            #expect(try await dispatch.supplierState(silent, attempt: 1) == ("sup_sz", .cancelled))
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(silent, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
            try await dispatch.advance("2h")
            try await dispatch.waitForStatus([silent], .shipped)
            #expect(try await dispatch.supplierState(silent, attempt: 2) == ("sup_gz", .shipped))

            // When 48 hours pass without a shipment, the late supplier's purchase order is withdrawn too
            #expect(try await dispatch.job(late).dispatchStatus == .awaitingShipment)
            try await dispatch.advance("21h")
            try await dispatch.waitForJob(late, "a purchase order at the backup") { job in
                job.purchaseOrders.count == 2 && job.dispatchStatus == .awaitingAcknowledgement
            }
            #expect(await dispatch.purchaseOrders(late).first?.closure == "ship_deadline_missed")
            #expect(try await dispatch.supplierState(late, attempt: 1) == ("sup_hz", .cancelled))
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(late, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
            try await dispatch.advance("2h")
            try await dispatch.waitForStatus([late], .shipped)

            // Then past the late supplier's planned shipment (60 h) nothing else ships
            try await dispatch.advance("12h", reachedBy: ["simulator", DispatchMesh.partition(of: late)])
            #expect(try await dispatch.supplierState(late, attempt: 1) == ("sup_hz", .cancelled))
            for order in [silent, late] {
                let purchaseOrders = await dispatch.purchaseOrders(order)
                #expect(purchaseOrders.map(\.supplierID).last == "sup_gz")
                #expect(purchaseOrders.compactMap(\.carrier).count == 1, "one shipment of \(order)")
            }
            await dispatch.tearDown()
        }

        @Test func merchantCancellationDuringDispatchWithdrawsThePurchaseOrder() async throws {  // R15
            // Given two orders at their first supplier
            let dispatch = try await DispatchMesh.start()
            let placed = try await dispatch.placeAndDispatch(2)
            let (unacknowledged, acknowledged) = (placed[0], placed[1])

            // When the merchant cancels one before the supplier acknowledged it, the other after
            try await dispatch.cancelByMerchant(unacknowledged)
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(acknowledged, "acknowledged") {
                $0.dispatchStatus == .awaitingShipment
            }
            try await dispatch.cancelByMerchant(acknowledged)

            // Then each supplier cancels its purchase order, the orders are cancelled and the payments refunded
            for order in placed {
                try await dispatch.waitForJob(order, "cancelled at the supplier") {
                    $0.dispatchStatus == .cancelled
                }
                #expect(await dispatch.purchaseOrders(order).map(\.closure) == ["cancelled"])
                #expect(try await dispatch.supplierState(order, attempt: 1) == ("sup_sz", .cancelled))
                try await waitUntil("\(order)'s payment refunded") { try await dispatch.payment(order) == .refunded }
                try await waitUntil("\(order)'s cancellation mail") { dispatch.mail("\(order).cancellation") != nil }
            }
            try await dispatch.waitForStatus(placed, .cancelled)

            // And past the planned shipment nothing ships
            try await dispatch.advance("3h", reachedBy: ["simulator"] + placed.map(DispatchMesh.partition(of:)))
            for order in placed {
                #expect(try await dispatch.supplierState(order, attempt: 1).state == .cancelled)
                #expect(dispatch.mail("\(order).shipped") == nil)
            }
            let stores = await dispatch.stop()
            let events = try await stores.partitionEvents()
            for order in placed {
                let types = events.filter { $0.orderID == order }.map(\.type)
                #expect(types.filter { $0 == PurchaseOrderCancelRequested.eventType }.count == 1, "\(types)")
                #expect(types.filter { $0 == PurchaseOrderCancelled.eventType }.count == 1, "\(types)")
                #expect(!types.contains { $0.hasPrefix("purchase_order.shipped") }, "\(types)")
            }
            #expect(try await stores.payloads(SimShipped.self, of: "simulator").isEmpty)
            #expect(try await stores.deadLetters() == [])
            await dispatch.tearDown()
        }
    }
}
