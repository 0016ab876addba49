import Foundation
import GRDB
import ServiceKit
import Synchronization
import TestSupport
import Testing

/// StoreSetup opens every service store the same way (docs/architecture.md §3, "Durability").
@Suite struct StoreSetupTests {
    let directory: TemporaryDirectory

    init() throws {
        directory = try TemporaryDirectory()
    }

    @Test(arguments: [
        ("synchronous", "2"),  // FULL, although GRDB's pool sets NORMAL on its writer
        ("journal_mode", "wal"),
        ("foreign_keys", "1"),
    ])
    func writerConnectionPragmas(pragma: String, expected: String) throws {
        defer { directory.remove() }
        // Given a store opened by StoreSetup in a folder that does not exist yet
        let pool = try openServiceStore(storePath(in: directory))

        // When the writer connection reports the pragma
        let value = try pool.writeWithoutTransaction { try String.fetchOne($0, sql: "PRAGMA \(pragma)") }

        // Then it has the value Dropline's durability relies on
        #expect(value == expected)
    }

    @Test func readersEnforceForeignKeysToo() throws {
        defer { directory.remove() }
        // Given a store opened by StoreSetup
        let pool = try openServiceStore(storePath(in: directory))

        // When a reader connection reports foreign_keys
        let value = try pool.read { try Int.fetchOne($0, sql: "PRAGMA foreign_keys") }

        // Then they are on
        #expect(value == 1)
    }

    @Test func foreignKeyViolationsAreRefused() throws {
        defer { directory.remove() }
        // Given a service migration with a foreign key
        let pool = try StoreSetup.open(path: storePath(in: directory)) { migrator in
            migrator.registerMigration("orders-v1") { db in
                try db.execute(
                    sql: """
                        CREATE TABLE customer(id TEXT PRIMARY KEY NOT NULL);
                        CREATE TABLE purchase(id TEXT PRIMARY KEY NOT NULL, customer TEXT NOT NULL REFERENCES customer(id));
                        """)
            }
        }

        // When a row references a missing parent
        // Then SQLite refuses it
        #expect(throws: DatabaseError.self) {
            try pool.write { try $0.execute(sql: "INSERT INTO purchase(id, customer) VALUES('p1', 'nobody')") }
        }
    }

    @Test func streamAndClockTablesExist() throws {
        defer { directory.remove() }
        // Given a freshly created store
        let pool = try openServiceStore(storePath(in: directory))

        // When the schema is inspected
        let tables = [
            "streamMeta", "outboxEvent", "subscriberProgress", "streamCheckpoint", "deadLetter",
            "domainClock", "durableTimer", "effect",
        ]
        let missing = try pool.read { db in try tables.filter { try !db.tableExists($0) } }

        // Then the stream tables, the clock tables and the service's own table are all there
        #expect(missing == [])
    }

    @Test func storeFolderIsCreated() throws {
        defer { directory.remove() }
        // Given a store path whose folders do not exist
        let path = storePath(in: directory)
        #expect(!FileManager.default.fileExists(atPath: (path as NSString).deletingLastPathComponent))

        // When the store is opened
        _ = try openServiceStore(path)

        // Then the folders and the database file exist
        #expect(FileManager.default.fileExists(atPath: path))
    }

    @Test func serviceMigrationRunsOnceAndNotAgainOnReopen() throws {
        defer { directory.remove() }
        // Given a service migration that counts its runs
        let runs = RunCounter()
        let migrations: (inout DatabaseMigrator) -> Void = { migrator in
            migrator.registerMigration("svc-v1") { db in
                runs.count.add(1, ordering: .relaxed)
                try db.execute(sql: "CREATE TABLE item(id INTEGER PRIMARY KEY)")
                try db.execute(sql: "INSERT INTO item(id) VALUES(1)")
            }
        }
        let path = storePath(in: directory)

        // When the store is opened, closed and opened again
        var pool: DatabasePool? = try StoreSetup.open(path: path, migrations: migrations)
        try pool?.close()
        pool = nil
        let reopened = try StoreSetup.open(path: path, migrations: migrations)

        // Then the migration ran exactly once and its data is still there once
        #expect(runs.count.load(ordering: .relaxed) == 1)
        #expect(try reopened.read { try Int.fetchOne($0, sql: "SELECT COUNT(*) FROM item") } == 1)
        let applied = try reopened.read { try Set(String.fetchAll($0, sql: "SELECT identifier FROM grdb_migrations")) }
        #expect(applied.isSuperset(of: ["streams-v1", "domain-clock-v1", "svc-v1"]))
    }

    @Test func storeHasAnEpochThatSurvivesReopen() throws {
        defer { directory.remove() }
        // Given a freshly created store
        let path = storePath(in: directory)
        var pool: DatabasePool? = try openServiceStore(path)

        // When its epoch is read, and read again after a reopen
        let epoch = try pool?.read { try String.fetchOne($0, sql: "SELECT value FROM streamMeta WHERE key = 'epoch'") }
        try pool?.close()
        pool = nil
        let reopened = try openServiceStore(path)
        let epochAfterReopen = try reopened.read {
            try String.fetchOne($0, sql: "SELECT value FROM streamMeta WHERE key = 'epoch'")
        }

        // Then there is one non-empty epoch, made once when the store was created
        let made = try #require(epoch)
        #expect(!made.isEmpty)
        #expect(epochAfterReopen == made)
    }
}

/// Counts a migration's runs across store openings.
private final class RunCounter: Sendable {
    let count = Atomic(0)
}
