import GRDB

/// The schema of `fraud-hold.sqlite`'s own tables (docs/architecture.md §2), in versioned migrations; the
/// `<Entity>Records` read and write them in the caller's transaction, next to the outbox rows and the stream
/// checkpoint, through statements prepared once per connection. An order's path through the service encodes no
/// JSON unless its assessment has reasons or its hold has reviews.
///
/// - `placedOrder` (`PlacedOrderRecords`): the facts of each `order.placed` the rules need (merchant, email,
///   shipping address in columns, amount, placement time) and when the order was cancelled or declined.
/// - `pendingPayment` (`PendingPaymentRecords`): a `payment.authorised` or `payment.declined` that arrived before
///   its `order.placed`; settled and deleted when the order's facts arrive.
/// - `riskProfileOrder`, `riskProfileDecline` (`RiskProfileRecords`): each customer's, card's or address's
///   `RiskProfile`, one row per remembered order or decline, keyed by profile (`kind`, `value`) and order.
/// - `fraudHold` (`HoldRecords`): one `FraudHold` per authorised order in columns; its assessment's reasons and
///   its review rounds as JSON, NULL when there are none. The opened-at of its open review is the review queue's
///   index.
///
/// Times are integer milliseconds since 1970, like the timer table; money is integer minor units.
public enum FraudHoldStore {
    /// Registers the versioned migrations (the stream, clock and timer tables come from `StoreSetup`): v1's
    /// tables, then v2's move of their JSON documents into columns and rows (`FraudHoldStore+DocumentsToColumns`).
    public static func migrate(_ migrator: inout DatabaseMigrator) {
        migrator.registerMigration("fraud-hold-v1") { db in
            try db.execute(
                sql: """
                    CREATE TABLE placedOrder(
                        orderID TEXT PRIMARY KEY NOT NULL, merchantID TEXT NOT NULL, email TEXT NOT NULL,
                        shippingAddress TEXT NOT NULL, amountMinorUnits INTEGER NOT NULL, currency TEXT NOT NULL,
                        placedAtMs INTEGER NOT NULL, closedAtMs INTEGER);
                    CREATE TABLE pendingPayment(
                        orderID TEXT PRIMARY KEY NOT NULL,
                        outcome TEXT NOT NULL CHECK (outcome IN ('authorised', 'declined')),
                        cardFingerprint TEXT NOT NULL, cardCountry TEXT, atMs INTEGER NOT NULL);
                    CREATE TABLE riskProfile(
                        kind TEXT NOT NULL, value TEXT NOT NULL, document TEXT NOT NULL, PRIMARY KEY(kind, value));
                    CREATE TABLE fraudHold(
                        orderID TEXT PRIMARY KEY NOT NULL REFERENCES placedOrder(orderID),
                        merchantID TEXT NOT NULL, status TEXT NOT NULL, holdEndsMs INTEGER NOT NULL,
                        reviewOpenedAtMs INTEGER, document TEXT NOT NULL);
                    CREATE INDEX fraudHoldQueue ON fraudHold(reviewOpenedAtMs, orderID)
                        WHERE reviewOpenedAtMs IS NOT NULL;
                    """)
        }
        migrator.registerMigration("fraud-hold-v2", migrate: moveDocumentsToColumns)
    }
}
