import GRDB

/// The schema of the payments store's own tables, in versioned migrations (docs/architecture.md §3,
/// "Durability"):
///
/// - `authorisation` (`AuthorisationRecords`): one row per order, the `Authorisation` domain value column by
///   column: money in integer minor units beside its ISO 4217 currency, the card in four columns, times in
///   milliseconds since 1970 (R3, R5, R15).
/// - `gatewayKey`, `gatewayHold`, `gatewayCounter` (`GatewayMemoryRecords`): the memory of the deterministic
///   `TestGateway` (attempts and final answers per idempotency key, the authorisations it holds with what was
///   captured and refunded, the ids it issued), so that it answers the same after a restart.
///
/// `payments-v1` created the tables; `payments-v2` adds refunds (the state `refunded`, `refundedAt`,
/// `gatewayHold.refundedMinor`); `payments-v3` moves the JSON columns of `authorisation` and `gatewayKey` into
/// plain ones (`PaymentsStore+Columns.swift`). A shipped migration is never edited: a change is a new one.
///
/// Card numbers never enter these tables: only tokens, brands, last fours and fingerprints (R3).
public enum PaymentsStore {
    /// Registers the payments migrations after the stream and timer tables that `StoreSetup` adds.
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("payments-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE authorisation(
                        orderID TEXT PRIMARY KEY NOT NULL,
                        amount TEXT NOT NULL,
                        paymentToken TEXT NOT NULL,
                        state TEXT NOT NULL
                            CHECK (state IN ('pending', 'authorised', 'declined', 'voided', 'captured')),
                        attempts INTEGER NOT NULL,
                        nextAttemptAt INTEGER,
                        card TEXT,
                        authorisationID TEXT UNIQUE,
                        declineCode TEXT,
                        decidedAt INTEGER,
                        voidedAt INTEGER,
                        captured TEXT,
                        capturedAt INTEGER);
                    CREATE TABLE gatewayKey(
                        idempotencyKey TEXT PRIMARY KEY NOT NULL,
                        attempts INTEGER NOT NULL,
                        finalResponse TEXT);
                    CREATE TABLE gatewayHold(
                        authorisationID TEXT PRIMARY KEY NOT NULL,
                        amountMinor INTEGER NOT NULL,
                        currency TEXT NOT NULL,
                        capturedMinor INTEGER,
                        voided INTEGER NOT NULL);
                    CREATE TABLE gatewayCounter(id INTEGER PRIMARY KEY CHECK (id = 1), issued INTEGER NOT NULL);
                    """)
        }
        migrator.registerMigration("payments-v2") { db in
            // SQLite cannot alter a CHECK constraint, so `authorisation` is rebuilt the documented way
            // (sqlite.org/lang_altertable.html, "other kinds of table schema changes"): create the new table, copy,
            // drop, rename. It has no index, trigger or view to recreate: its only indexes are those of its PRIMARY KEY
            // and UNIQUE constraints, which the new definition keeps. GRDB runs the migration with foreign keys off and
            // checks them before it commits.
            try db.execute(
                sql: """
                    CREATE TABLE newAuthorisation(
                        orderID TEXT PRIMARY KEY NOT NULL,
                        amount TEXT NOT NULL,
                        paymentToken TEXT NOT NULL,
                        state TEXT NOT NULL
                            CHECK (state IN ('pending', 'authorised', 'declined', 'voided', 'captured', 'refunded')),
                        attempts INTEGER NOT NULL,
                        nextAttemptAt INTEGER,
                        card TEXT,
                        authorisationID TEXT UNIQUE,
                        declineCode TEXT,
                        decidedAt INTEGER,
                        voidedAt INTEGER,
                        captured TEXT,
                        capturedAt INTEGER,
                        refundedAt INTEGER);
                    INSERT INTO newAuthorisation(
                        orderID, amount, paymentToken, state, attempts, nextAttemptAt, card, authorisationID,
                        declineCode, decidedAt, voidedAt, captured, capturedAt)
                    SELECT
                        orderID, amount, paymentToken, state, attempts, nextAttemptAt, card, authorisationID,
                        declineCode, decidedAt, voidedAt, captured, capturedAt
                    FROM authorisation;
                    DROP TABLE authorisation;
                    ALTER TABLE newAuthorisation RENAME TO authorisation;
                    ALTER TABLE gatewayHold ADD COLUMN refundedMinor INTEGER;
                    """)
        }
        migrator.registerMigration("payments-v3", migrate: moveJSONIntoColumns)
    }
}
