import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import TestSupport
import Testing

/// docs/architecture.md §3 ("every migration versioned"), R15: a store written before refunds existed (`payments-v1`
/// only) is migrated when the service opens it (`payments-v2`, then `payments-v3`), keeps its rows and its schema's
/// constraints, and its captured payments can then be refunded.
struct PaymentsMigrationTests {
    /// The schema of `authorisation` as SQLite reports it: one line per column, then one per index.
    static func authorisationSchema(_ db: Database) throws -> (columns: [String], indexes: [String]) {
        let columns = try db.columns(in: "authorisation").map {
            "\($0.name) \($0.type) notNull=\($0.isNotNull) pk=\($0.primaryKeyIndex)"
        }
        let indexes = try db.indexes(on: "authorisation").map {
            "\($0.columns) unique=\($0.isUnique) origin=\($0.origin)"
        }
        return (columns, indexes.sorted())
    }

    /// The payments migrations applied to the store, in order.
    static func appliedMigrations(_ db: Database) throws -> [String] {
        var migrator = DatabaseMigrator()
        PaymentsStore.migrate(&migrator)
        return try migrator.appliedMigrations(db)
    }

    /// Leaves at `path` a store migrated up to `payments-v1` only, holding what the v1 code wrote for order `o-1`
    /// paid with `tok_visa` and captured at release: the authorisation row and the gateway's hold, key and
    /// counter. Returns the schema of `authorisation` under v1.
    static func makeV1Store(at path: String) throws -> (columns: [String], indexes: [String]) {
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        var migrator = DatabaseMigrator()
        PaymentsStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "payments-v1")
        let schema = try pool.write { db in
            try db.execute(
                sql: """
                    INSERT INTO authorisation(
                        orderID, amount, paymentToken, state, attempts, nextAttemptAt, card, authorisationID,
                        declineCode, decidedAt, voidedAt, captured, capturedAt)
                    VALUES('o-1', '{"currency":"USD","minorUnits":10000}', 'tok_visa', 'captured', 1, NULL,
                        '{"brand":"visa","country":"US","fingerprint":"fp_v1","last4":"4242"}', 'auth_1', NULL, ?,
                        NULL, '{"currency":"USD","minorUnits":10000}', ?)
                    """,
                arguments: [DomainTime.milliseconds(Fixtures.t0), DomainTime.milliseconds(Fixtures.minutes(480))])
            try db.execute(
                sql: """
                    INSERT INTO gatewayHold(authorisationID, amountMinor, currency, capturedMinor, voided)
                    VALUES('auth_1', 10000, 'USD', 10000, 0)
                    """)
            try db.execute(sql: "INSERT INTO gatewayKey(idempotencyKey, attempts) VALUES('authorise-o-1', 1)")
            try db.execute(sql: "INSERT INTO gatewayCounter(id, issued) VALUES(1, 1)")
            return try authorisationSchema(db)
        }
        try pool.close()
        return schema
    }

    @Test("R15: a v1 store with a captured payment migrates, keeps the row, and can then be refunded")
    func capturedRowMigratesAndRefunds() throws {
        // Given a store left by the v1 code with a captured payment
        let harness = try PaymentsHarness(prepare: { _ = try Self.makeV1Store(at: $0) })
        // Then the service opened it at the latest version and reads the row as v1 wrote it
        let migrated = try harness.store.read { try Self.appliedMigrations($0) }
        #expect(migrated == ["payments-v1", "payments-v2", "payments-v3"])
        let authorisation = try #require(try harness.authorisation("o-1"))
        #expect(authorisation.state == .captured)
        #expect(authorisation.amount == Fixtures.usd(100_00))
        #expect(authorisation.captured == Fixtures.usd(100_00))
        #expect(authorisation.decidedAt == Fixtures.t0)
        #expect(authorisation.capturedAt == Fixtures.minutes(480))
        #expect(authorisation.card?.fingerprint == "fp_v1")
        #expect(authorisation.authorisationID == "auth_1")
        #expect(authorisation.refundedAt == nil)
        // When the merchant cancels the order
        try harness.apply(Fixtures.cancelled(cause: .merchantCancelled, at: Fixtures.minutes(540)))
        // Then the captured amount is refunded from the migrated gateway hold
        #expect(try harness.publishedTypes() == [PaymentRefunded.eventType])
        #expect(
            try harness.envelopes(PaymentRefunded.self).first?.data
                == PaymentRefunded(
                    orderID: "o-1", authorisationID: "auth_1", amount: Fixtures.usd(100_00),
                    refundedAt: Fixtures.minutes(540)))
        #expect(try harness.authorisation("o-1")?.state == .refunded)
        #expect(try RefundFlowTests.gatewayRefund(harness) == 100_00)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R15: payments-v2 keeps every column, index and constraint of authorisation, and adds refundedAt")
    func schemaIsKept() throws {
        let directory = try TemporaryDirectory()
        let v1 = try Self.makeV1Store(at: directory.file("payments.sqlite"))
        let pool = try StoreSetup.open(path: directory.file("payments.sqlite"), migrations: { _ in })
        defer { try? pool.close() }
        var migrator = DatabaseMigrator()
        PaymentsStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "payments-v2")
        let v2 = try pool.read { try Self.authorisationSchema($0) }
        #expect(v2.columns == v1.columns + ["refundedAt INTEGER notNull=false pk=0"])
        #expect(v2.indexes == v1.indexes)
        #expect(v1.indexes.count == 2)
        let gatewayHold = try pool.read { try $0.columns(in: "gatewayHold").map(\.name) }
        #expect(
            gatewayHold == ["authorisationID", "amountMinor", "currency", "capturedMinor", "voided", "refundedMinor"])
        // The CHECK on state now allows refunded and still refuses anything else; NOT NULL and UNIQUE still hold
        try pool.write { db in
            try db.execute(sql: "UPDATE authorisation SET state = 'refunded' WHERE orderID = 'o-1'")
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE authorisation SET state = 'lost' WHERE orderID = 'o-1'")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE authorisation SET amount = NULL WHERE orderID = 'o-1'")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: """
                        INSERT INTO authorisation(orderID, amount, paymentToken, state, attempts, authorisationID)
                        VALUES('o-2', '{}', 'tok_visa', 'authorised', 1, 'auth_1')
                        """)
            }
        }
    }
}
