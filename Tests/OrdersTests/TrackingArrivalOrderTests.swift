import Contracts
import Foundation
import Orders
import Testing

/// R10, R11: Tracking's facts, Dispatch's shipment and the customer's confirmation come on different streams, in
/// any order. Whatever the order, the order ends `delivered`, never moves backwards, publishes each status once,
/// and keeps a note of every fact that came after its status had passed it.
struct TrackingArrivalOrderTests {
    /// One of the facts that move a dispatched order on.
    enum Fact: CaseIterable, Sendable {
        case supplierShipped, firstScan, carrierDelivered, customerConfirmed

        func apply(to order: inout Order, at time: Date) throws -> [OrderEvent] {
            switch self {
            case .supplierShipped:
                try order.supplierShipped(
                    supplierID: "sup_a", carrier: "China Post", trackingNumber: "LZ123456785CN", at: time)
            case .firstScan:
                try order.confirmedFulfilled(
                    ShipmentConfirmedFulfilled(
                        orderID: order.id, merchantID: order.merchantID, carrier: "China Post",
                        trackingNumber: "LZ123456785CN", releasedAt: OrderFixture.t(3), isWithinDeadline: true,
                        isWithinEligibilityWindow: true,
                        expectedDelivery: DeliveryWindow(earliest: time, latest: time, basis: "test"), at: time)
                ).events
            case .carrierDelivered:
                try order.delivered(
                    ShipmentDelivered(
                        orderID: order.id, merchantID: order.merchantID, evidence: .carrier,
                        requiresConfirmedDelivery: false, at: time)
                ).events
            case .customerConfirmed:
                // The customer can confirm only what Orders sees shipped: before that, the call is refused.
                (try? order.confirmDelivery(at: time)) ?? []
            }
        }
    }

    /// The rank of a status on the way to the door; an order never moves to a lower one.
    static func rank(_ status: OrderStatus) -> Int {
        [.dispatched, .shipped, .confirmedFulfilled, .delivered].firstIndex(of: status) ?? -1
    }

    static var arrivalOrders: [[Fact]] {
        func permutations(_ facts: [Fact]) -> [[Fact]] {
            guard facts.count > 1 else { return [facts] }
            return facts.indices.flatMap { index in
                var rest = facts
                let first = rest.remove(at: index)
                return permutations(rest).map { [first] + $0 }
            }
        }
        return permutations(Fact.allCases)
    }

    @Test(
        "R10, R11: in every arrival order the order ends delivered, never backwards, each status published once",
        arguments: arrivalOrders)
    func everyArrivalOrder(_ facts: [Fact]) throws {
        var order = try OrderFixture.order(after: [.authorise, .holdStart, .holdEnd])
        _ = try order.purchaseOrderSent(
            DispatchPartitioning.purchaseOrderID(order: order.id, attempt: 1), attempt: 1, supplierID: "sup_a",
            at: OrderFixture.t(10))
        var published: [String] = []
        for (index, fact) in facts.enumerated() {
            let before = order.status
            published += try fact.apply(to: &order, at: OrderFixture.t(100 + index)).map(\.eventType)
            #expect(Self.rank(order.status) >= Self.rank(before), "\(fact) moved \(before) to \(order.status)")
        }
        #expect(order.status == .delivered)
        #expect(published.filter { $0 == "order.delivered" }.count == 1)
        #expect(Set(published).count == published.count)
        // Every stream fact delivered again, as it came, changes nothing (the customer's call is not a redelivery:
        // one refused before shipment may be made again; its repeat is ConfirmDeliveryTests')
        let settled = order
        for (index, fact) in facts.enumerated() where fact != .customerConfirmed {
            _ = try fact.apply(to: &order, at: OrderFixture.t(100 + index))
        }
        #expect(order == settled)
    }

    @Test("R10: a first scan after the customer confirmed delivery is noted, and changes no status")
    func firstScanAfterDeliveryIsNoted() throws {
        var order = try OrderFixture.order(after: [.authorise, .holdStart, .holdEnd])
        _ = try Fact.supplierShipped.apply(to: &order, at: OrderFixture.t(10))
        _ = try Fact.customerConfirmed.apply(to: &order, at: OrderFixture.t(20))
        #expect(try Fact.firstScan.apply(to: &order, at: OrderFixture.t(30)).isEmpty)
        #expect(order.status == .delivered)
        #expect(order.timeline.last?.cause == .carrierScanned && order.timeline.last?.isStatusChange == false)
    }
}
