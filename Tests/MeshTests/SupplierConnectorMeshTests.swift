import Contracts
import Foundation
import GRDB
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Findings 4 and 7 with real processes: a supplier answers only for its own purchase orders, in their order,
    /// and a purchase order the supplier connector can never take fails visibly instead of being retried for ever.
    @Suite(.timeLimit(.minutes(3))) struct SupplierConnectorMeshTests {
        @Test("Finding 4: another supplier's ship of a purchase order is refused, and the order stays dispatched")
        func finding4_anotherSuppliersShipIsRefused() async throws {
            // Given an order whose purchase order went to sup_sz and awaits its acknowledgement
            let dispatch = try await DispatchMesh.start()
            let order = try #require(try await dispatch.placeAndDispatch(1).first)
            let purchaseOrder = DispatchPartitioning.purchaseOrderID(order: order, attempt: 1)
            let partition = DispatchMesh.partition(of: order)
            func ship(by supplier: SupplierID, _ trackingNumber: String) async throws -> RPCFailure {
                try await dispatch.refusal(
                    partition, "purchase_orders.ship",
                    ShipPurchaseOrder(
                        purchaseOrderID: purchaseOrder, supplierID: supplier, carrier: "China Post",
                        trackingNumber: trackingNumber))
            }

            // When sup_gz ships it, straight from awaiting_acknowledgement, with FAKE123 or with a valid number
            let fake = try await ship(by: "sup_gz", "FAKE123")
            let forged = try await ship(by: "sup_gz", "LZ123456785CN")
            // And when sup_sz, which holds it, ships it before acknowledging it
            let early = try await ship(by: "sup_sz", "LZ123456785CN")

            // Then each is refused with the field at fault, and the order stays dispatched
            #expect(fake.code == "invalid_request" && fake.field == "trackingNumber")
            #expect(forged.code == "forbidden" && forged.field == "supplierID")
            #expect(early.code == "conflict" && early.message.contains("must be acknowledged before it ships"))
            #expect(try await dispatch.orders.status(order) == .dispatched)
            #expect(try await dispatch.job(order).dispatchStatus == .awaitingAcknowledgement)

            // And sup_sz's own answers, through the simulator, still acknowledge and ship it
            try await dispatch.advance("1h")
            try await dispatch.waitForJob(order, "acknowledged") { $0.dispatchStatus == .awaitingShipment }
            try await dispatch.advance("2h")
            try await dispatch.waitForStatus([order], .shipped)
            let purchaseOrders = await dispatch.purchaseOrders(order)
            let shipped = try #require(purchaseOrders.first)
            #expect(purchaseOrders.count == 1)
            #expect(shipped.supplierID == "sup_sz" && shipped.trackingNumber != "LZ123456785CN")
            await dispatch.tearDown()
        }

        @Test("Finding 7: a purchase order too large for the connector is a dead letter with its reason, in status")
        func finding7_oversizedPurchaseOrderIsDeadLettered() async throws {
            // Given a listing whose title has 900,000 characters, in the catalogue the partitions stored before titles
            // were bounded at the door (written into their stores while the mesh is down)
            let first = try await DispatchMesh.start()
            let stores = await first.stop()
            try stores.replaceListingTitle(with: String(repeating: "Camiseta ", count: 100_000))
            let dispatch = DispatchMesh(
                orders: first.orders, supervisor: try await first.mesh.startSupervisor(processes: 6))

            // When an order of it is released
            let order = try await dispatch.place(1)
            try await dispatch.waitForStatus([order], .held)
            try await dispatch.advance("8h")

            // Then its purchase order is never sent: the dispatch is exhausted for the merchant at once
            try await dispatch.waitForStatus([order], .dispatchExhausted, timeout: .seconds(60))
            let partition = DispatchMesh.partition(of: order)
            #expect(await dispatch.pendingConnectorCalls(partition) == 0)
            #expect(try await dispatch.received(for: order).isEmpty)
            #expect(try await dispatch.job(order).purchaseOrders.map(\.closure) == ["undeliverable"])
            try await waitUntil("the merchant's mail") { dispatch.mail("\(order).dispatch-exhausted") != nil }
            #expect(dispatch.mail("\(order).dispatch-exhausted")?.contains("sup_sz: undeliverable") == true)

            // And it is a dead letter with its reason, which the partition's status and `dropline status` count
            let letters = try await dispatch.mesh.call(partition, "deadletters.list", Empty(), as: [DeadLetter].self)
            #expect(letters.count == 1)
            let letter = try #require(letters.first)
            #expect(letter.stream == "supplier-connector" && letter.type == "supplier.purchase_order")
            #expect(letter.error.contains("over the supplier connector's limit of 1048576 bytes"))
            #expect(await dispatch.report(partition)?.deadLetters == 1)
            let (exit, table) = try await dispatch.mesh.runCLI(["status"])
            #expect(exit == .exited(0))
            let row = try #require(table.first { $0.hasPrefix(partition + " ") })
            #expect(row.hasSuffix(" 1"), "the DEAD column: \(row)")
            await dispatch.tearDown()
        }
    }
}

extension DispatchMesh {
    /// The refusal `method` of `instance` answers `params` with; an error when it accepts them.
    func refusal(_ instance: String, _ method: String, _ params: some Encodable) async throws -> RPCFailure {
        do {
            _ = try await mesh.call(instance, method, params, as: DispatchPurchaseOrderView.self)
        } catch RPCCallError.failed(let failure) {
            return failure
        }
        throw UnexpectedAnswer(description: "\(method) was accepted")
    }
}

extension MeshStores {
    /// Gives the listing of every dispatch partition's catalogue projection `title`, as if it had been stored so
    /// before; only while the mesh is stopped.
    func replaceListingTitle(with title: String) throws {
        for partition in DispatchMesh.partitioning.instanceNames {
            let queue = try DatabaseQueue(path: "\(statePath)/\(partition).sqlite")
            try queue.write { db in
                for row in try Row.fetchAll(db, sql: "SELECT id, document FROM listing") {
                    let document: String = row["document"]
                    guard var listing = try JSONSerialization.jsonObject(with: Data(document.utf8)) as? [String: Any]
                    else { continue }
                    listing["title"] = title
                    let edited = String(decoding: try JSONSerialization.data(withJSONObject: listing), as: UTF8.self)
                    try db.execute(
                        sql: "UPDATE listing SET document = ? WHERE id = ?", arguments: [edited, row["id"] as String])
                }
            }
            try queue.close()
        }
    }
}
