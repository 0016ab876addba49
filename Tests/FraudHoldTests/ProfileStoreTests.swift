import Contracts
import Foundation
import GRDB
import Testing

@testable import FraudHold

/// R4: risk profiles stored as rows read back as the domain recorded them; recording again writes nothing, and
/// a full history drops its oldest entry in the store as in the domain.
struct ProfileStoreTests {
    static let key = RiskProfileKey.card(fingerprint: "fp_1")

    /// An in-memory store with the fraud-hold tables.
    static func store() throws -> DatabaseQueue {
        let queue = try DatabaseQueue()
        var migrator = DatabaseMigrator()
        FraudHoldStore.migrate(&migrator)
        try migrator.migrate(queue)
        return queue
    }

    /// Reads the profile of `key`, applies `change` and saves what changed, as the service does.
    @discardableResult
    static func record(_ key: RiskProfileKey = key, in db: Database, _ change: (inout RiskProfile) -> Void) throws
        -> RiskProfile
    {
        let stored = try RiskProfileRecords.profiles([key], in: db)[0]
        var profile = stored
        change(&profile)
        try RiskProfileRecords.save(profile, replacing: stored, in: db)
        return profile
    }

    /// Every history row, as text.
    static func rows(_ db: Database) throws -> [String] {
        try ["riskProfileOrder", "riskProfileDecline"].flatMap { table in
            try Row.fetchAll(db, sql: "SELECT * FROM \(table) ORDER BY orderID").map { "\(table): \($0)" }
        }
    }

    @Test("R4: a stored profile reads back as recorded, oldest first; a key never seen reads back empty")
    func readsBack() throws {
        try Self.store().write { db in
            // Given orders recorded out of time order, in two currencies, and a decline
            let recorded = try Self.record(in: db) { profile in
                profile.recordAuthorisedOrder("o-2", amount: Fixtures.usd(20_00), placedAt: Fixtures.hours(2))
                profile.recordAuthorisedOrder(
                    "o-1", amount: Money(minorUnits: 1_500, currency: CurrencyCode("JPY")!), placedAt: Fixtures.hours(1)
                )
                profile.recordDecline("d-1", at: Fixtures.hours(3))
            }

            // When it is read back with a key never seen
            let other = RiskProfileKey.customer(email: "ana@example.com")
            let profiles = try RiskProfileRecords.profiles([Self.key, other], in: db)

            // Then it is the profile the domain recorded, and the other one is empty
            #expect(profiles == [recorded, RiskProfile(key: other)])
            #expect(recorded.orders.map(\.orderID) == ["o-1", "o-2"])
            #expect(try Self.rows(db).count == 3)
        }
    }

    @Test("R4: recording an order or a decline a second time writes nothing")
    func idempotentRecords() throws {
        try Self.store().write { db in
            // Given a recorded order and decline
            let recorded = try Self.record(in: db) { profile in
                profile.recordAuthorisedOrder("o-1", amount: Fixtures.usd(10_00), placedAt: Fixtures.t0)
                profile.recordDecline("d-1", at: Fixtures.t0)
            }
            let rows = try Self.rows(db)

            // When both are recorded again, with other amounts and times
            try Self.record(in: db) { profile in
                profile.recordAuthorisedOrder("o-1", amount: Fixtures.usd(99_00), placedAt: Fixtures.hours(1))
                profile.recordDecline("d-1", at: Fixtures.hours(1))
            }

            // Then the store is unchanged
            #expect(try Self.rows(db) == rows)
            #expect(try RiskProfileRecords.profiles([Self.key], in: db) == [recorded])
        }
    }

    @Test("R4: a full history drops its oldest order and decline, in the store as in the domain")
    func historyTrimmedAtLimit() throws {
        try Self.store().write { db in
            // Given a full history of orders and declines, each recorded as its own event
            var expected = RiskProfile(key: Self.key)
            for index in 0...RiskProfile.historyLimit {
                expected = try Self.record(in: db) { profile in
                    let at = Fixtures.hours(Double(index))
                    profile.recordAuthorisedOrder(
                        OrderID(rawValue: "o-\(index)"), amount: Fixtures.usd(1_00), placedAt: at)
                    profile.recordDecline(OrderID(rawValue: "d-\(index)"), at: at)
                }
            }

            // Then one more than the limit left the oldest of each out
            let stored = try #require(try RiskProfileRecords.profiles([Self.key], in: db).first)
            #expect(stored == expected)
            #expect(stored.orders.count == RiskProfile.historyLimit)
            #expect(stored.orders.first?.orderID == "o-1" && stored.declines.first?.orderID == "d-1")
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM riskProfileOrder") == RiskProfile.historyLimit)
            #expect(try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM riskProfileDecline") == RiskProfile.historyLimit)

            // When an order older than the whole history is recorded, and the dropped one again
            let rows = try Self.rows(db)
            try Self.record(in: db) { profile in
                profile.recordAuthorisedOrder("o-old", amount: Fixtures.usd(1_00), placedAt: Fixtures.hours(-1))
                profile.recordAuthorisedOrder("o-0", amount: Fixtures.usd(1_00), placedAt: Fixtures.t0)
            }

            // Then neither is kept
            #expect(try Self.rows(db) == rows)
        }
    }
}
