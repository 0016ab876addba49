import Foundation
import GRDB

/// The crash guard's own SQLite file, `<store>.guard`, next to the store and apart from it, since the store's
/// transaction rolls back with the crash it must outlive (docs/streams.md §4.6):
///
/// - `suspect`: the inputs that were in flight at crashes, with the crashes (JSON) and the build;
/// - `setAside`: the events the guard made dead letters, for the alert `status` shows while they stay.
///
/// It is written at a start after a crash and when a suspect is cleared, seldom; the markers of the inputs in flight
/// are in `InFlightFile`, which costs a `pwrite`.
enum CrashGuardStore {
    /// Opens (creating) and migrates the file.
    static func open(path: String) throws -> DatabaseQueue {
        let queue = try DatabaseQueue(path: path)
        var migrator = DatabaseMigrator()
        migrator.registerMigration("crash-guard-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE suspect(
                        id INTEGER PRIMARY KEY AUTOINCREMENT, kind TEXT NOT NULL, stream TEXT, epoch TEXT, fromSeq INTEGER,
                        throughSeq INTEGER, method TEXT, digest TEXT, crashes BLOB NOT NULL, build TEXT NOT NULL);
                    CREATE TABLE setAside(
                        stream TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, reason TEXT NOT NULL,
                        at INTEGER NOT NULL, PRIMARY KEY(stream, seq));
                    """)
        }
        try migrator.migrate(queue)
        return queue
    }

    // MARK: - Suspects

    /// Every suspect, by id.
    static func suspects(in db: Database) throws -> [Int64: CrashSuspect] {
        var suspects: [Int64: CrashSuspect] = [:]
        for row in try Row.fetchAll(db, sql: "SELECT * FROM suspect") {
            guard let input = input(row) else { continue }
            let crashes = (try? JSONDecoder().decode([Crash].self, from: row["crashes"] as Data)) ?? []
            suspects[row["id"]] = CrashSuspect(input: input, crashes: crashes, build: row["build"])
        }
        return suspects
    }

    /// Replaces every suspect with `suspects`; returns them by their new ids.
    static func replaceSuspects(_ suspects: [CrashSuspect], in db: Database) throws -> [Int64: CrashSuspect] {
        try db.execute(sql: "DELETE FROM suspect")
        var stored: [Int64: CrashSuspect] = [:]
        for suspect in suspects {
            var values = arguments(suspect.input)
            values += ["crashes": try JSONEncoder().encode(suspect.crashes), "build": suspect.build]
            try db.execute(
                sql: """
                    INSERT INTO suspect(kind, stream, epoch, fromSeq, throughSeq, method, digest, crashes, build)
                    VALUES(:kind, :stream, :epoch, :fromSeq, :throughSeq, :method, :digest, :crashes, :build)
                    """, arguments: values)
            stored[db.lastInsertedRowID] = suspect
        }
        return stored
    }

    /// Forgets the suspects `ids`.
    static func removeSuspects(_ ids: [Int64], in db: Database) throws {
        for id in ids {
            try db.cachedStatement(sql: "DELETE FROM suspect WHERE id = :id").execute(arguments: ["id": id])
        }
    }

    // MARK: - Events set aside

    /// Records that the guard set `stream#seq` aside as a dead letter.
    static func recordSetAside(stream: String, seq: UInt64, type: String, reason: String, in db: Database) throws {
        try db.execute(
            sql: "INSERT OR REPLACE INTO setAside(stream, seq, type, reason, at) VALUES(?, ?, ?, ?, ?)",
            arguments: [stream, Int64(seq), type, reason, Int64(Date().timeIntervalSince1970 * 1000)])
    }

    /// The events the guard set aside, by stream and seq.
    static func setAside(in db: Database) throws -> [(stream: String, seq: UInt64, type: String, reason: String)] {
        try Row.fetchAll(db, sql: "SELECT stream, seq, type, reason FROM setAside ORDER BY at").map { row in
            (row["stream"], UInt64(row["seq"] as Int64), row["type"], row["reason"])
        }
    }

    // MARK: - Rows

    private static func arguments(_ input: GuardedInput) -> StatementArguments {
        switch input {
        case .events(let stream, let epoch, let from, let through):
            [
                "kind": "events", "stream": stream, "epoch": epoch, "fromSeq": Int64(from),
                "throughSeq": Int64(through),
                "method": nil, "digest": nil,
            ]
        case .request(let method, let digest):
            [
                "kind": "request", "stream": nil, "epoch": nil, "fromSeq": nil, "throughSeq": nil, "method": method,
                "digest": digest,
            ]
        }
    }

    private static func input(_ row: Row) -> GuardedInput? {
        switch row["kind"] as String? {
        case "events":
            guard let stream: String = row["stream"], let epoch: String = row["epoch"],
                let from: Int64 = row["fromSeq"], let through: Int64 = row["throughSeq"]
            else { return nil }
            return .events(stream: stream, epoch: epoch, from: UInt64(from), through: UInt64(through))
        case "request":
            guard let method: String = row["method"], let digest: String = row["digest"] else { return nil }
            return .request(method: method, digest: digest)
        default:
            return nil
        }
    }
}
