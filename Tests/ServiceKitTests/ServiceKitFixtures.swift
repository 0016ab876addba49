import Contracts
import Foundation
import GRDB
import Logging
import ServiceKit
import Streams
import Synchronization
import TestSupport

/// A fixed simulated start: 2026-11-18T19:06:40Z, whole seconds so that millisecond storage is exact.
let simulatedStart = Date(timeIntervalSince1970: 1_795_000_000)

/// `simulatedStart` plus `duration`.
func afterStart(_ duration: Duration) -> Date {
    simulatedStart.addingTimeInterval(
        TimeInterval(duration.components.seconds)
            + TimeInterval(duration.components.attoseconds) / 1e18)
}

/// The store path used by the tests: a nested folder, so that StoreSetup has to create it.
func storePath(in directory: TemporaryDirectory) -> String {
    directory.file("state/svc/store.sqlite")
}

/// Opens a store the ServiceKit way, with one service migration: an `effect` table where handlers record what
/// they did (no uniqueness, so a double fire would show).
func openServiceStore(_ path: String) throws -> DatabasePool {
    try StoreSetup.open(path: path) { migrator in
        migrator.registerMigration("test-effects-v1") { db in
            try db.execute(sql: "CREATE TABLE effect(rowid INTEGER PRIMARY KEY AUTOINCREMENT, what TEXT NOT NULL)")
        }
    }
}

/// Records `what` as an `effect` row in the caller's transaction.
func recordEffect(_ what: String, in db: Database) throws {
    try db.execute(sql: "INSERT INTO effect(what) VALUES(?)", arguments: [what])
}

/// The effects committed so far, in order.
func committedEffects(_ pool: DatabasePool) throws -> [String] {
    try pool.read { try String.fetchAll($0, sql: "SELECT what FROM effect ORDER BY rowid") }
}

/// The timers still pending in the store.
func pendingTimers(_ pool: DatabasePool) throws -> [DurableTimer] {
    try pool.read { try DurableTimers.pending(in: $0) }
}

/// A timer handler that records `fired:<id>` for each timer.
let recordingTimerHandler: DurableTimers.Handler = { timer, db in
    try recordEffect("fired:\(timer.id)", in: db)
}

/// A failure a test handler throws on purpose.
struct InjectedFailure: Error, Equatable, CustomStringConvertible {
    var message: String
    var description: String { message }
}

/// One `clock.advanced` event as the supervisor publishes it on stream `clock`.
func clockAdvanced(seq: UInt64, to now: Date, epoch: String = clockEpoch) throws -> StoredEvent {
    let envelope = Envelope(
        stream: StreamNames.clock, epoch: epoch, seq: seq, id: UUID().uuidString.lowercased(),
        type: ClockAdvanced.eventType, at: now, data: ClockAdvanced(now: now))
    return StoredEvent(seq: seq, type: ClockAdvanced.eventType, body: try DomainTime.makeEncoder().encode(envelope))
}

/// The supervisor clock stream's epoch in these tests.
let clockEpoch = "clock-epoch-1"
