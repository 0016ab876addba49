import Contracts
import Foundation
import GRDB

/// How each order ended, as Orders published it: the `order.shipped` and `order.refunded` events of its outbox,
/// counted per order, so that an order shipped twice, or both shipped and refunded, shows. Read-only, after the
/// measurement, as `OutboxTally` reads.
struct OrderOutcomes {
    /// The final events of each order, by type (`order.shipped`, `order.refunded`), in outbox order.
    let ends: [OrderID: [String]]

    init(store path: String) throws {
        var configuration = Configuration()
        configuration.readonly = true
        let rows = try DatabaseQueue(path: path, configuration: configuration).read { db in
            try Row.fetchAll(
                db, sql: "SELECT type, body FROM outboxEvent WHERE type IN (:shipped, :refunded) ORDER BY seq",
                arguments: ["shipped": OrderShipped.eventType, "refunded": OrderRefunded.eventType])
        }
        let decoder = DomainTime.makeDecoder()
        var ends: [OrderID: [String]] = [:]
        for row in rows {
            let type: String = row["type"]
            let body: Data = row["body"]
            let order =
                type == OrderShipped.eventType
                ? try decoder.decode(Envelope<OrderShipped>.self, from: body).data.orderID
                : try decoder.decode(Envelope<OrderRefunded>.self, from: body).data.orderID
            ends[order, default: []].append(type)
        }
        self.ends = ends
    }

    /// The orders of `expected` (the final event each should have) that did not end with exactly that one event.
    func mismatches(_ expected: [OrderID: String]) -> [String] {
        expected.sorted { $0.key.rawValue < $1.key.rawValue }.compactMap { order, type in
            let seen = ends[order] ?? []
            return seen == [type] ? nil : "\(order): expected \(type), saw \(seen)"
        }
    }
}
