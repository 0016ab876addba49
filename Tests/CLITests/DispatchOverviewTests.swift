import CLI
import Contracts
import Foundation
import Testing

/// R6: `dropline dispatch list` merges every partition's answer.
struct DispatchOverviewTests {
    static func job(_ order: OrderID, releasedAt: String) -> DispatchJobView {
        DispatchJobView(
            orderID: order, merchantID: "mer_a", listingID: "lst_a", sku: "A-1", quantity: 1,
            releasedAt: DomainTime.parse(releasedAt)!, status: "awaiting_shipment", purchaseOrders: [])
    }

    static func list(_ partition: Int, counts: [String: Int], pending: Int, jobs: [DispatchJobView]) -> DispatchJobList
    {
        DispatchJobList(partition: "dispatch.p\(partition)", counts: counts, jobs: jobs, pendingConnectorCalls: pending)
    }

    @Test("Jobs merge oldest release first up to the limit; counts and pending calls add up")
    func merges() throws {
        let overview = DispatchOverview(
            lists: [
                Self.list(
                    0, counts: ["shipped": 2, "awaiting_shipment": 1], pending: 1,
                    jobs: [
                        Self.job("ord_b", releasedAt: "2026-11-22T09:00:00.000Z"),
                        Self.job("ord_d", releasedAt: "2026-11-22T11:00:00.000Z"),
                    ]),
                Self.list(
                    1, counts: ["shipped": 3], pending: 2,
                    jobs: [
                        Self.job("ord_a", releasedAt: "2026-11-22T08:00:00.000Z"),
                        Self.job("ord_c", releasedAt: "2026-11-22T10:00:00.000Z"),
                    ]),
            ], limit: 3)
        #expect(overview.partitions == 2)
        #expect(overview.counts == ["shipped": 5, "awaiting_shipment": 1])
        #expect(overview.pendingConnectorCalls == 3)
        let printed = try DomainTime.makeDecoder().decode(
            DispatchOverview.self, from: DomainTime.makeEncoder().encode(overview))
        #expect(printed.jobs.map(\.orderID) == ["ord_a", "ord_b", "ord_c"])
    }
}
