import Foundation
import GRDB

/// The tables of the reliable stream protocol (docs/streams.md §1), present in every service's store.
///
/// - `streamMeta`: the store's `epoch`, made once when the store is created, and the unclean-shutdown marker.
/// - `outboxEvent`: the published stream, gap-free `seq` (AUTOINCREMENT: never reused after pruning).
/// - `subscriberProgress`: the last `seq` each subscriber acknowledged, for retention only.
/// - `streamCheckpoint`: per consumed stream, its `epoch` and the last applied `seq` (the inbox).
/// - `deadLetter`: consumed events that could not be applied, with the error, for an operator to retry.
public enum StreamSchema {
    /// Adds the stream tables to a service's migrator; register it before the service's own migrations.
    public static func register(in migrator: inout DatabaseMigrator) {
        migrator.registerMigration("streams-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE streamMeta(key TEXT PRIMARY KEY NOT NULL, value TEXT NOT NULL);
                    CREATE TABLE outboxEvent(
                        seq INTEGER PRIMARY KEY AUTOINCREMENT,
                        id TEXT NOT NULL UNIQUE,
                        type TEXT NOT NULL,
                        body BLOB NOT NULL,
                        createdAt INTEGER NOT NULL);
                    CREATE TABLE subscriberProgress(
                        subscriber TEXT PRIMARY KEY NOT NULL, ackedSeq INTEGER NOT NULL, updatedAt INTEGER NOT NULL);
                    CREATE TABLE streamCheckpoint(
                        stream TEXT PRIMARY KEY NOT NULL, epoch TEXT NOT NULL, lastSeq INTEGER NOT NULL);
                    CREATE TABLE deadLetter(
                        stream TEXT NOT NULL, seq INTEGER NOT NULL, type TEXT NOT NULL, body BLOB NOT NULL,
                        error TEXT NOT NULL, failedAt INTEGER NOT NULL, attempts INTEGER NOT NULL DEFAULT 1,
                        PRIMARY KEY(stream, seq));
                    """)
            try db.execute(
                sql: "INSERT INTO streamMeta(key, value) VALUES('epoch', ?)", arguments: [StreamEpoch.make()])
        }
    }
}

/// Makes epoch identifiers.
public enum StreamEpoch {
    /// A new random epoch (a UUID), unique to one store's history.
    public static func make() -> String {
        UUID().uuidString.lowercased()
    }
}
