import GRDB

/// The payments store's own tables, in versioned migrations (ARCHITECTURE §3, "Durability"):
///
/// - `authorisation`: one row per order, the `Authorisation` domain value column by column: `amount`,
///   `card` and `captured` as JSON (money in integer minor units), times in milliseconds since 1970 (R3, R5).
/// - `gatewayKey`, `gatewayHold`, `gatewayCounter`: the memory of the deterministic `TestGateway` (attempts and
///   final answers per idempotency key, the authorisations it holds, the ids it issued), so that it answers the
///   same after a restart.
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
    }
}
