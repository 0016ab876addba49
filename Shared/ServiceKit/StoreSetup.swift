import Foundation
import GRDB
import Streams

/// Opens a service's SQLite store the one way Dropline does (docs/architecture.md §3, "Durability").
///
/// WAL, `synchronous=FULL` (set after opening: GRDB's pool sets NORMAL on its writer),
/// foreign keys on, temporary files in memory, a busy timeout, the stream tables, then the service's
/// versioned migrations.
public enum StoreSetup {
    /// Opens (creating folders as needed) and migrates the store at `path`.
    public static func open(path: String, migrations: (inout DatabaseMigrator) -> Void) throws -> DatabasePool {
        try FileManager.default.createDirectory(
            atPath: (path as NSString).deletingLastPathComponent, withIntermediateDirectories: true)
        var configuration = Configuration()
        configuration.foreignKeysEnabled = true
        configuration.busyMode = .timeout(10)
        configuration.prepareDatabase { db in
            // Statement journals of savepoints (group commit, isolated retries) stay in memory: as files, each
            // savepoint created and deleted a temporary file, which dominated the cost of a placement.
            try db.execute(sql: "PRAGMA temp_store = MEMORY")
        }
        let pool = try DatabasePool(path: path, configuration: configuration)
        try pool.writeWithoutTransaction { db in
            try db.execute(sql: "PRAGMA synchronous = FULL")
        }
        var migrator = DatabaseMigrator()
        StreamSchema.register(in: &migrator)
        DomainClockSchema.register(in: &migrator)
        migrations(&migrator)
        try migrator.migrate(pool)
        return pool
    }
}
