import Contracts
import Foundation
import GRDB

/// Schedules, cancels and fires durable timers.
public enum DurableTimers {
    /// Applies a fired timer's effects inside the firing transaction.
    public typealias Handler = @Sendable (DurableTimer, Database) throws -> Void

    /// Schedules `timer`, replacing one with the same id.
    public static func schedule(_ timer: DurableTimer, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO durableTimer(id, kind, dueMs, payload) VALUES(:id, :kind, :dueMs, :payload)
                ON CONFLICT(id) DO UPDATE SET kind = excluded.kind, dueMs = excluded.dueMs, payload = excluded.payload
                """
        ).execute(
            arguments: [
                "id": timer.id, "kind": timer.kind, "dueMs": DomainTime.milliseconds(timer.due),
                "payload": timer.payload,
            ])
    }

    /// Cancels a timer; cancelling an unknown or fired timer does nothing.
    public static func cancel(id: String, in db: Database) throws {
        try db.cachedStatement(sql: "DELETE FROM durableTimer WHERE id = :id").execute(arguments: ["id": id])
    }

    /// Timers not yet fired, soonest first.
    public static func pending(in db: Database) throws -> [DurableTimer] {
        try Row.fetchAll(
            db.cachedStatement(sql: "SELECT id, kind, dueMs, payload FROM durableTimer ORDER BY dueMs, id")
        ).map(timer)
    }

    /// The next due time, if any timer is pending.
    public static func nextDue(in db: Database) throws -> Date? {
        try Int64.fetchOne(db.cachedStatement(sql: "SELECT MIN(dueMs) FROM durableTimer")).map(
            DomainTime.date(milliseconds:))
    }

    /// The next due time of a timer not of kind `kind`, if any is pending (walks the due index from the soonest
    /// timer and stops at the first of another kind).
    public static func nextDue(excludingKind kind: String, in db: Database) throws -> Date? {
        try Int64.fetchOne(
            db.cachedStatement(
                sql: "SELECT dueMs FROM durableTimer WHERE kind <> :kind ORDER BY dueMs, id LIMIT 1"),
            arguments: ["kind": kind]
        ).map(DomainTime.date(milliseconds:))
    }

    /// `handler` with each firing stamped at its timer's due time (`DomainClock.stamping(at:in:_:)`): how a host
    /// fires timers, so that a timer the clock passed by a long step still acts at its own time.
    public static func stampedAtDue(_ handler: @escaping Handler, clock: DomainClock) -> Handler {
        { timer, db in try clock.stamping(at: timer.due, in: db) { try handler(timer, db) } }
    }

    /// Timers one transaction fires at most when the host fires them (`ServiceHost`): a long backlog (every
    /// hold of a busy day ending at once) commits in steps, so the store's writer is never held for long and
    /// the effects flow on downstream while the rest fire.
    public static let firingBatch = 256

    /// Fires the timers due at `now`, in due order, each deleted in the same transaction as its effects, at
    /// most `limit` of them; returns how many fired. A handler may schedule new timers; those due by `now`
    /// fire in the same call.
    @discardableResult
    public static func fireDue(
        at now: Date, in db: Database, limit: Int = .max, handler: Handler
    ) throws -> Int {
        let next = try db.cachedStatement(
            sql: "SELECT id, kind, dueMs, payload FROM durableTimer WHERE dueMs <= :now ORDER BY dueMs, id LIMIT 1")
        let delete = try db.cachedStatement(sql: "DELETE FROM durableTimer WHERE id = :id")
        var fired = 0
        while fired < limit, let row = try Row.fetchOne(next, arguments: ["now": DomainTime.milliseconds(now)]) {
            let due = timer(row)
            try delete.execute(arguments: ["id": due.id])
            try handler(due, db)
            fired += 1
        }
        return fired
    }

    /// The timer in a `durableTimer` row.
    private static func timer(_ row: Row) -> DurableTimer {
        DurableTimer(
            id: row["id"], kind: row["kind"], due: DomainTime.date(milliseconds: row["dueMs"]), payload: row["payload"])
    }
}
