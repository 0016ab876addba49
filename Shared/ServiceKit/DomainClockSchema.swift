import Contracts
import Foundation
import GRDB

/// The tables of domain time in every service's store: `domainClock`, one row with the last simulated time applied,
/// and `durableTimer`, the timers `DurableTimers` keeps.
public enum DomainClockSchema {
    /// Registers their migrations (`StoreSetup` does, before the service's own).
    static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("domain-clock-v1") { db in
            try db.execute(
                sql: "CREATE TABLE domainClock(id INTEGER PRIMARY KEY CHECK (id = 1), nowMs INTEGER NOT NULL)")
            try db.execute(
                sql: """
                    CREATE TABLE durableTimer(
                        id TEXT PRIMARY KEY NOT NULL, kind TEXT NOT NULL, dueMs INTEGER NOT NULL, payload BLOB NOT NULL);
                    CREATE INDEX durableTimerDue ON durableTimer(dueMs);
                    """)
        }
        // Timers fire in (dueMs, id) order: the index covers the tie-break, so a backlog of timers due at the
        // same moment is not sorted again for every timer fired.
        migrator.registerMigration("durable-timer-v2") { db in
            try db.execute(
                sql: """
                    DROP INDEX durableTimerDue;
                    CREATE INDEX durableTimerDue ON durableTimer(dueMs, id);
                    """)
        }
    }

    /// The stored simulated time, if any.
    public static func stored(_ db: Database) throws -> Date? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT nowMs FROM domainClock WHERE id = 1")).map(
            DomainTime.date(milliseconds:))
    }

    static func store(_ time: Date, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO domainClock(id, nowMs) VALUES(1, :nowMs)
                ON CONFLICT(id) DO UPDATE SET nowMs = MAX(nowMs, excluded.nowMs)
                """
        ).execute(arguments: ["nowMs": DomainTime.milliseconds(time)])
    }
}
