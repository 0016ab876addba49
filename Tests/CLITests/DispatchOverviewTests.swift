import CLI
import Foundation
import Testing

/// R6: `dropline dispatch list` merges every partition's answer.
struct DispatchOverviewTests {
    static func job(_ order: String, releasedAt: String) -> [String: Any] {
        [
            "orderID": order, "merchantID": "mer_a", "listingID": "lst_a", "sku": "A-1", "quantity": 1,
            "releasedAt": releasedAt, "status": "awaiting_shipment", "purchaseOrders": [] as [Any],
        ]
    }

    static func reply(_ partition: Int, counts: [String: Int], pending: Int, jobs: [[String: Any]]) -> Data {
        try! JSONSerialization.data(withJSONObject: [
            "partition": "dispatch.p\(partition)", "counts": counts, "jobs": jobs, "pendingConnectorCalls": pending,
        ])
    }

    @Test("Jobs merge oldest release first up to the limit; counts and pending calls add up")
    func merges() throws {
        let overview = try DispatchOverview(
            replies: [
                Self.reply(
                    0, counts: ["shipped": 2, "awaiting_shipment": 1], pending: 1,
                    jobs: [
                        Self.job("ord_b", releasedAt: "2026-11-22T09:00:00.000Z"),
                        Self.job("ord_d", releasedAt: "2026-11-22T11:00:00.000Z"),
                    ]),
                Self.reply(
                    1, counts: ["shipped": 3], pending: 2,
                    jobs: [
                        Self.job("ord_a", releasedAt: "2026-11-22T08:00:00.000Z"),
                        Self.job("ord_c", releasedAt: "2026-11-22T10:00:00.000Z"),
                    ]),
            ], limit: 3)
        #expect(overview.partitions == 2)
        #expect(overview.counts == ["shipped": 5, "awaiting_shipment": 1])
        #expect(overview.pendingConnectorCalls == 3)
        let printed = try JSONSerialization.jsonObject(with: JSONEncoder().encode(overview)) as? [String: Any]
        let orders = (printed?["jobs"] as? [[String: Any]])?.compactMap { $0["orderID"] as? String }
        #expect(orders == ["ord_a", "ord_b", "ord_c"])
    }
}
