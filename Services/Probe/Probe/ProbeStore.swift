import GRDB

/// The schema of the probe's own tables, as versioned migrations: `tick` (what a source emitted, `TickRecords`)
/// and `received` (what a sink applied, in order, with no uniqueness so that a double apply would show,
/// `ReceivedRecords`).
///
/// `probe-v2` adds the latency columns of `received`: `emittedAtNanos` (from the event, nil for events
/// without it) and `appliedAtNanos` (when the sink applied it, inside its transaction, before commit), both
/// `MonotonicClock` readings.
public enum ProbeStore {
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("probe-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE tick(n INTEGER PRIMARY KEY);
                    CREATE TABLE received(position INTEGER PRIMARY KEY AUTOINCREMENT, stream TEXT NOT NULL,
                        seq INTEGER NOT NULL, n INTEGER NOT NULL);
                    """)
        }
        migrator.registerMigration("probe-v2") { db in
            try db.execute(
                sql: """
                    ALTER TABLE received ADD COLUMN emittedAtNanos INTEGER;
                    ALTER TABLE received ADD COLUMN appliedAtNanos INTEGER;
                    """)
        }
    }
}
