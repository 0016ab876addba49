import Contracts
import Foundation
import SupplierDispatch
import Testing

/// R7: the counts Dispatch keeps per supplier, their rates, and the smoothed score.
struct SupplierScorecardTests {
    @Test("R7: recording facts counts them, and cards of several partitions add up")
    func arithmetic() {
        var card = SupplierScorecard()
        card.recordSent()
        card.recordAcknowledged(after: 3_600)
        card.recordShipped(onTime: true)
        card.recordSent()
        card.recordAcknowledged(after: 7_200)
        card.recordShipped(onTime: false)
        card.recordProblem()
        for failure in PurchaseOrderFailure.allCases { card.recordFailure(failure) }
        #expect(
            card
                == SupplierScorecard(
                    purchaseOrders: 2, acknowledged: 2, acknowledgeSecondsTotal: 10_800, shipped: 2, shippedOnTime: 1,
                    rejected: 1, outOfStock: 1, notAcknowledged: 1, shipDeadlineMissed: 1, problemReports: 1))

        var viaFacts = SupplierScorecard()
        let facts: [SupplierScoreFact] =
            [
                .sent, .acknowledged(afterSeconds: 3_600), .shipped(onTime: true), .sent,
                .acknowledged(afterSeconds: 7_200), .shipped(onTime: false), .problemReported,
            ]
            + PurchaseOrderFailure.allCases.map { .failed($0) }
        for fact in facts { viaFacts.record(fact) }
        #expect(viaFacts == card)

        #expect(card + .zero == card)
        #expect((card + card).purchaseOrders == 4)
        #expect((card + card).acknowledgeSecondsTotal == 21_600)
        #expect(card + card - card == card)
        #expect([card, card, card].reduce(.zero, +).shipped == 6)
    }

    @Test("R7: rates are nil without a denominator and exact with one")
    func rates() {
        let empty = SupplierScorecard()
        #expect(empty.onTimeRate == nil)
        #expect(empty.accuracy == nil)
        #expect(empty.rejectionRate == nil)
        #expect(empty.meanAcknowledgeSeconds == nil)

        let card = SupplierScorecard(
            purchaseOrders: 10, acknowledged: 8, acknowledgeSecondsTotal: 8_000, shipped: 8, shippedOnTime: 6,
            rejected: 1, outOfStock: 1, notAcknowledged: 0, shipDeadlineMissed: 0, problemReports: 2)
        #expect(card.onTimeRate == 0.75)
        #expect(card.accuracy == 0.75)
        #expect(card.rejectionRate == 0.2)
        #expect(card.meanAcknowledgeSeconds == 1_000)
        #expect(SupplierScorecard(notAcknowledged: 1, shipDeadlineMissed: 1).onTimeRate == 0)
    }

    @Test("R7: a new supplier starts from the neutral prior, and a few orders move it only part of the way")
    func smoothing() {
        let neutral = SupplierScorecard().score
        #expect(abs(neutral - 95.9) < 1e-9)

        let oneFailure = SupplierScorecard(purchaseOrders: 1, rejected: 1).score
        #expect(oneFailure < neutral)
        #expect(oneFailure > 90)

        let perfect = { (orders: Int) in
            SupplierScorecard(purchaseOrders: orders, shipped: orders, shippedOnTime: orders).score
        }
        #expect(perfect(1) > neutral)
        #expect(perfect(10) > perfect(1))
        #expect(perfect(1_000) > 99.9)
        #expect(perfect(1_000) <= 100)
        #expect(SupplierScorecard(purchaseOrders: 1_000, rejected: 1_000).score >= 0)
    }

    @Test("R7: accuracy under 98% costs far more than accuracy over 98% earns")
    func accuracyPenalty() {
        func score(problems: Int) -> Double {
            SupplierScorecard(purchaseOrders: 995, shipped: 995, shippedOnTime: 995, problemReports: problems).score
        }
        // Smoothed accuracy is (999.9 − problems) / 1000: about 100% and 99% above the target, 97% and 96% below.
        let above = score(problems: 0) - score(problems: 10)
        let below = score(problems: 30) - score(problems: 40)
        #expect(abs(above - 0.3) < 0.001)
        #expect(abs(below - 1.5) < 0.001)
        #expect(below > 4 * above)
    }
}
