import Contracts
import Foundation
import Simulator
import Testing

/// R6, R7: each purchase order's fate is drawn from its supplier's behaviour with a seeded generator.
struct FatePlannerTests {
    private func plans(seed: UInt64, behaviour: SupplierBehaviour, count: Int) -> [FatePlan] {
        let planner = FatePlanner(seed: seed)
        return (1...count).map { index in
            planner.plan(
                for: Fixtures.request(order: "ord_\(index)"), receivedAt: Fixtures.t0, behaviour: behaviour
            ) { _ in false }
        }
    }

    @Test("The same seed gives the same fates; another seed gives others")
    func deterministic() {
        let behaviour = Fixtures.behaviour(rejectRate: 0.2, outOfStockRate: 0.2, silentRate: 0.2, lateShipRate: 0.5)
        #expect(plans(seed: 42, behaviour: behaviour, count: 50) == plans(seed: 42, behaviour: behaviour, count: 50))
        #expect(plans(seed: 42, behaviour: behaviour, count: 50) != plans(seed: 43, behaviour: behaviour, count: 50))
    }

    @Test("R6, R7: outcomes follow the rates (2,000 purchase orders, seed 1)")
    func ratesAreFollowed() {
        let behaviour = Fixtures.behaviour(rejectRate: 0.1, outOfStockRate: 0.05, silentRate: 0.15, lateShipRate: 0.5)
        let plans = plans(seed: 1, behaviour: behaviour, count: 2_000)
        func share(_ outcomes: Set<FatePlan.Outcome>) -> Double {
            Double(plans.filter { outcomes.contains($0.outcome) }.count) / 2_000
        }
        #expect(abs(share([.rejected]) - 0.1) < 0.03)
        #expect(abs(share([.outOfStock]) - 0.05) < 0.02)
        #expect(abs(share([.silent]) - 0.15) < 0.03)
        #expect(abs(share([.shipsLate]) / share([.ships, .shipsLate]) - 0.5) < 0.05)
    }

    @Test("R7: acknowledgement and shipment fall within the behaviour's delays, in whole seconds")
    func delaysWithinRanges() throws {
        let behaviour = Fixtures.behaviour(rejectRate: 0, outOfStockRate: 0)
        for plan in plans(seed: 3, behaviour: behaviour, count: 200) {
            let acknowledgeAt = try #require(plan.acknowledgeAt)
            let shipAt = try #require(plan.shipAt)
            let ackDelay = acknowledgeAt.timeIntervalSince(Fixtures.t0)
            let shipDelay = shipAt.timeIntervalSince(acknowledgeAt)
            #expect((10 * 60...120 * 60).contains(ackDelay) && ackDelay == ackDelay.rounded())
            #expect((4 * 3_600...36 * 3_600).contains(shipDelay))
            #expect(plan.outcome == .ships && plan.rejectAt == nil)
        }
    }

    @Test("R6: a supplier that refuses does so after its acknowledgement delay, with its words")
    func refusals() throws {
        let rejecting = plans(seed: 1, behaviour: Fixtures.behaviour(rejectRate: 1, outOfStockRate: 0), count: 20)
        #expect(rejecting.allSatisfy { $0.outcome == .rejected && $0.acknowledgeAt == nil && $0.shipAt == nil })
        let rejectAt = try #require(rejecting.first?.rejectAt)
        #expect((10 * 60...120 * 60).contains(rejectAt.timeIntervalSince(Fixtures.t0)))
        let empty = plans(seed: 1, behaviour: Fixtures.behaviour(rejectRate: 0, outOfStockRate: 1), count: 20)
        #expect(empty.allSatisfy { $0.outcome == .outOfStock && $0.detail == "No stock of TEE-M left." })
    }

    @Test("R7: a late supplier ships 60 hours after receipt, beyond the 48-hour SLA")
    func lateShipment() {
        let late = plans(
            seed: 1, behaviour: Fixtures.behaviour(rejectRate: 0, outOfStockRate: 0, lateShipRate: 1), count: 20)
        #expect(late.allSatisfy { $0.outcome == .shipsLate && $0.shipAt == Fixtures.hours(60) })
    }

    @Test("A silent supplier plans nothing")
    func silence() {
        let silent = plans(seed: 1, behaviour: Fixtures.behaviour(silentRate: 1), count: 20)
        #expect(silent.allSatisfy { $0 == FatePlan(outcome: .silent) })
    }

    @Test("R9: a tracking number already used is drawn again from the same generator")
    func takenNumbersAreRedrawn() throws {
        let planner = FatePlanner(seed: 5)
        let behaviour = Fixtures.behaviour(rejectRate: 0, outOfStockRate: 0)
        let request = Fixtures.request()
        let first = try #require(
            planner.plan(for: request, receivedAt: Fixtures.t0, behaviour: behaviour) { _ in false }.trackingNumber)
        let second = try #require(
            planner.plan(for: request, receivedAt: Fixtures.t0, behaviour: behaviour) { $0 == first }.trackingNumber)
        #expect(first != second && S10Check.isValid(second))
    }
}
