import Contracts
import Foundation
import GRDB

/// The `riskProfileOrder` and `riskProfileDecline` tables: each `RiskProfile`'s history as rows, keyed by
/// profile (`kind`, `value`) and order. Reading a profile is one range read of its primary keys; recording an
/// order or a decline writes its one row (and deletes the one it pushes out of a full history), however long
/// the history is (R4). Every statement is prepared once per connection and reads and binds its columns by name.
enum RiskProfileRecords {
    // MARK: - Reads

    /// The profiles of `keys`, in their order; a key never seen has an empty profile. Rows come in primary-key
    /// order, unsorted by time (no sorter per read): `RiskProfile`'s init sorts them, ties by order id.
    static func profiles(_ keys: [RiskProfileKey], in db: Database) throws -> [RiskProfile] {
        let history = try db.cachedStatement(
            sql: """
                SELECT orderID, placedAtMs AS atMs, amountMinorUnits, currency FROM riskProfileOrder
                WHERE kind = :kind AND value = :value
                UNION ALL
                SELECT orderID, declinedAtMs, NULL, NULL FROM riskProfileDecline WHERE kind = :kind AND value = :value
                """)
        return try keys.map { key in
            var orders: [RiskProfile.RecordedOrder] = []
            var declines: [RiskProfile.RecordedDecline] = []
            let rows = try Row.fetchCursor(history, arguments: ["kind": key.kind.rawValue, "value": key.value])
            while let row = try rows.next() {
                let orderID = OrderID(rawValue: row["orderID"])
                let at = DomainTime.date(milliseconds: row["atMs"])
                guard let currency = row["currency"] as String? else {
                    declines.append(RiskProfile.RecordedDecline(orderID: orderID, declinedAt: at))
                    continue
                }
                guard let code = CurrencyCode(currency) else {
                    throw FraudHoldStoreError.corruptRow(
                        table: "riskProfileOrder", key: "\(key) \(orderID)", column: "currency")
                }
                let amount = Money(minorUnits: row["amountMinorUnits"], currency: code)
                orders.append(RiskProfile.RecordedOrder(orderID: orderID, amount: amount, placedAt: at))
            }
            return RiskProfile(key: key, orders: orders, declines: declines)
        }
    }

    // MARK: - Writes

    /// Stores what recording changed in a profile: inserts the orders and declines `profile` has and `stored`
    /// had not, and deletes those `stored` had and `profile` dropped to stay within its history limit.
    /// - Parameter stored: the profile as `profiles(_:in:)` read it in this transaction.
    static func save(_ profile: RiskProfile, replacing stored: RiskProfile, in db: Database) throws {
        let key = profile.key
        let orders = changes(from: stored.orders, to: profile.orders, id: \.orderID)
        if !orders.added.isEmpty || !orders.dropped.isEmpty {
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO riskProfileOrder(kind, value, orderID, amountMinorUnits, currency, placedAtMs)
                    VALUES(:kind, :value, :orderID, :amountMinorUnits, :currency, :placedAtMs)
                    ON CONFLICT(kind, value, orderID) DO NOTHING
                    """)
            for order in orders.added {
                try insert.execute(arguments: [
                    "kind": key.kind.rawValue, "value": key.value, "orderID": order.orderID.rawValue,
                    "amountMinorUnits": order.amount.minorUnits, "currency": order.amount.currency.code,
                    "placedAtMs": DomainTime.milliseconds(order.placedAt),
                ])
            }
            let delete = try db.cachedStatement(
                sql: "DELETE FROM riskProfileOrder WHERE kind = :kind AND value = :value AND orderID = :orderID")
            for order in orders.dropped {
                try delete.execute(arguments: [
                    "kind": key.kind.rawValue, "value": key.value, "orderID": order.orderID.rawValue,
                ])
            }
        }
        let declines = changes(from: stored.declines, to: profile.declines, id: \.orderID)
        if !declines.added.isEmpty || !declines.dropped.isEmpty {
            let insert = try db.cachedStatement(
                sql: """
                    INSERT INTO riskProfileDecline(kind, value, orderID, declinedAtMs)
                    VALUES(:kind, :value, :orderID, :declinedAtMs)
                    ON CONFLICT(kind, value, orderID) DO NOTHING
                    """)
            for decline in declines.added {
                try insert.execute(arguments: [
                    "kind": key.kind.rawValue, "value": key.value, "orderID": decline.orderID.rawValue,
                    "declinedAtMs": DomainTime.milliseconds(decline.declinedAt),
                ])
            }
            let delete = try db.cachedStatement(
                sql: "DELETE FROM riskProfileDecline WHERE kind = :kind AND value = :value AND orderID = :orderID")
            for decline in declines.dropped {
                try delete.execute(arguments: [
                    "kind": key.kind.rawValue, "value": key.value, "orderID": decline.orderID.rawValue,
                ])
            }
        }
    }

    /// The entries of `new` whose order `old` lacks, and those of `old` whose order `new` lacks; nothing, without
    /// hashing, when the two are equal.
    private static func changes<Entry: Equatable>(
        from old: [Entry], to new: [Entry], id: (Entry) -> OrderID
    ) -> (added: [Entry], dropped: [Entry]) {
        guard old != new else { return ([], []) }
        let oldIDs = Set(old.map(id))
        let newIDs = Set(new.map(id))
        return (new.filter { !oldIDs.contains(id($0)) }, old.filter { !newIDs.contains(id($0)) })
    }
}
