import CLI
import Contracts
import Testing

/// R7: the partitions' scorecards summed per supplier and printed as a table.
struct SupplierScoresTests {
    /// A `dispatch.scorecards` answer of one partition.
    static func list(_ partition: Int, _ cards: [String: ScorecardCounts]) -> ScorecardList {
        ScorecardList(partition: "dispatch.p\(partition)", scorecards: cards)
    }

    let scores = SupplierScores(lists: [
        list(
            0,
            [
                "sup_b": ScorecardCounts(
                    purchaseOrders: 10, acknowledged: 8, acknowledgeSecondsTotal: 8 * 3_900, shipped: 8,
                    shippedOnTime: 8, rejected: 2),
                "sup_a": ScorecardCounts(purchaseOrders: 1, notAcknowledged: 1),
            ]),
        list(
            1,
            [
                "sup_b": ScorecardCounts(
                    purchaseOrders: 10, acknowledged: 10, acknowledgeSecondsTotal: 10 * 3_900, shipped: 10,
                    shippedOnTime: 9, outOfStock: 0, problemReports: 1)
            ]),
    ])

    @Test("Cards of one supplier from several partitions add up; failovers count every closure without shipping")
    func sums() {
        #expect(scores.purchaseOrders == 21)
        #expect(scores.failovers == 3)
        #expect(scores.failoverBreakdown == "rejected 2, out of stock 0, not acknowledged 1, ship deadline missed 0")
    }

    @Test("The table: suppliers by id, rates as percentages, '-' where nothing is counted, accuracy under 98% marked")
    func table() {
        let lines = scores.table().split(separator: "\n").map(String.init)
        #expect(lines[0].hasPrefix("SUPPLIER") && lines[0].contains("ACCURACY (98%)") && lines[0].hasSuffix("SCORE"))
        let a = lines[1].split(separator: " ").map(String.init)
        #expect(a[0] == "sup_a" && a[1] == "1" && a[2] == "0.0%" && a[3] == "-" && a[4] == "0.0%" && a[5] == "-")
        let b = lines[2].split(separator: " ").map(String.init)
        // 17 of 18 due shipped on time, 17 of 18 shipped without a problem, 2 of 20 refused, 65 minutes to ack.
        #expect(b[0] == "sup_b" && b[1] == "20" && b[2] == "94.4%" && b[3] == "94.4%" && b[4] == "*")
        #expect(b[5] == "10.0%" && b[6] == "1h05m")
        #expect(lines.last == "* below the 98% accuracy target (R7)")
    }

    @Test("No partition has a card yet")
    func empty() {
        let none = SupplierScores(lists: [Self.list(0, [:])])
        #expect(none.table() == "No purchase orders yet." && none.failovers == 0)
    }
}
