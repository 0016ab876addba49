import Contracts
import Foundation
import TestSupport
import Testing

extension MeshTests {
    /// Time that jumps is stamped as if it flowed (issue 10, docs/architecture.md §4): after `clock advance 8h`,
    /// `2h` and `48h`, each in one call, every acknowledgement and shipment in every process carries the time the
    /// simulated supplier planned for it, within the clock's resolution, and no fact is earlier than its cause.
    @Suite(.timeLimit(.minutes(3))) struct ClockJumpMeshTests {
        static let orders = 40
        /// `clock.resolution_ms`, the embedded default.
        static let resolution: TimeInterval = 60

        /// The order domain, the simulator and two dispatch workers; suppliers that acknowledge 10 to 120 minutes
        /// after receipt and ship 4 to 36 hours after that, never refusing, silent or late.
        static func blueprint() -> MeshBlueprint {
            let suppliers = SupplierBehaviourChange(
                ackDelayMinutes: DelayRange(min: 10, max: 120), shipDelayHours: DelayRange(min: 4, max: 36),
                rejectRate: 0, outOfStockRate: 0, silentRate: 0, lateShipRate: 0)
            return .dispatch(
                reviewThreshold: 10_000, suppliers: suppliers, seed: 10, workers: 2,
                partitions: DispatchMesh.partitions, connectorCallsPerWorker: 8)
        }

        @Test func everyFactOfThreeSingleStepJumpsCarriesTheTimeItWouldHaveHadHadTimeFlowed() async throws {
            // Given 40 orders placed and held, and suppliers whose times the simulator plans on receipt
            let harness = try MeshHarness(Self.blueprint())
            let dispatch = DispatchMesh(
                orders: OrderMesh(mesh: harness), supervisor: try await harness.startSupervisor(processes: 7))
            _ = try await harness.call(
                "inventory", "inventory.load", DispatchMesh.catalog(stock: 100), as: CatalogLoadResult.self)
            try await waitUntil("Orders and every partition to know the catalogue", timeout: .seconds(30)) {
                await dispatch.hasApplied(
                    "inventory", consumers: ["orders"] + DispatchMesh.partitioning.instanceNames)
            }
            let placed = try await dispatch.place(skus: Array(repeating: "TEE-M", count: Self.orders))
            try await dispatch.waitForStatus(placed, .held)

            // When the clock advances 8 hours, then 2, then 48, each in one call
            var steps: [Int] = []
            for (duration, status) in [("8h", OrderStatus.dispatched), ("2h", .dispatched), ("48h", .shipped)] {
                let reading = try await harness.call(
                    "supervisor", "clock.advance", AdvanceRequest(by: duration), as: ClockReading.self,
                    timeout: .seconds(60))
                steps.append(reading.steps ?? 0)
                try await dispatch.waitForStatus(placed, status, timeout: .seconds(60))
            }

            // Then each jump took steps (the 2 h one at least one per minute an acknowledgement fell in)
            #expect(steps[1] > 1 && steps[2] > steps[1], "steps per advance: \(steps)")

            // And every purchase order went out at its order's release and ships on time
            let stores = await dispatch.stop()
            let timelines = try await PurchaseOrderTimes.timelines(stores)
            #expect(timelines.count == Self.orders, "one purchase order per order")
            for times in timelines.values.sorted(by: { $0.purchaseOrderID.rawValue < $1.purchaseOrderID.rawValue }) {
                try Self.expectFaithful(times)
            }
            #expect(try await stores.deadLetters() == [])

            // And the mean acknowledgement time is the simulator's, not the length of a jump
            let planned = timelines.values.compactMap { times in
                times.plan?.acknowledgeAt.flatMap { at in times.received.map { at.timeIntervalSince($0) } }
            }
            let recorded = timelines.values.compactMap { times in
                times.acknowledged.flatMap { at in times.sent.map { at.timeIntervalSince($0) } }
            }
            let mean = { (values: [TimeInterval]) in values.reduce(0, +) / Double(max(values.count, 1)) }
            #expect(abs(mean(recorded) - mean(planned)) <= Self.resolution, "\(mean(recorded)) vs \(mean(planned))")
            await dispatch.tearDown()
        }

        /// One purchase order's times: each step where the supplier planned it, within the resolution, and each
        /// fact no earlier than its cause, in every process.
        static func expectFaithful(_ times: PurchaseOrderTimes) throws {
            let id = times.purchaseOrderID
            let plan = try #require(times.plan, "\(id): no plan")
            let released = try #require(times.released, "\(id): not released")
            let sent = try #require(times.sent, "\(id): not sent")
            let received = try #require(times.received, "\(id): not received")
            let planAck = try #require(plan.acknowledgeAt, "\(id): no planned acknowledgement")
            let planShip = try #require(plan.shipAt, "\(id): no planned shipment")
            let acknowledged = try #require(times.acknowledged, "\(id): not acknowledged")
            let shipped = try #require(times.shipped, "\(id): not shipped")
            let orderShipped = try #require(times.orderShipped, "\(id): order not shipped")

            // The purchase order goes out at its release, and the supplier receives it then
            expectWithin(sent, after: released, "\(id) sent after its release")
            expectWithin(received, after: released, "\(id) received after its release")
            // The supplier acts when its timers are due, exactly
            #expect(times.simAcknowledged == planAck && times.simShipped == planShip, "\(id): supplier's own times")
            // Dispatch records each answer at the supplier's time: never before it, nor before the purchase order
            expectWithin(acknowledged, after: planAck, "\(id) acknowledged")
            #expect(acknowledged >= sent, "\(id): acknowledged before it was sent")
            expectWithin(shipped, after: planShip, "\(id) shipped")
            #expect(shipped >= acknowledged, "\(id): shipped before it was acknowledged")
            #expect(times.shippedOnTime == true, "\(id): shipped late at \(DomainTime.format(shipped))")
            // Orders records the shipment at Dispatch's time
            expectWithin(orderShipped, after: shipped, "\(id) order shipped")
            expectWithin(orderShipped, after: planShip, "\(id) order shipped as planned")
        }

        /// `time` is at `cause` or later, by at most the resolution.
        static func expectWithin(_ time: Date, after cause: Date, _ what: String) {
            let late = time.timeIntervalSince(cause)
            #expect(
                late >= 0 && late <= resolution,
                "\(what): \(DomainTime.format(time)), \(late) s after \(DomainTime.format(cause))")
        }
    }
}
