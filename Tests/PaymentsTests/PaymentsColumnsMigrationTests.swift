import Contracts
import Foundation
import GRDB
import Payments
import ServiceKit
import TestSupport
import Testing

/// docs/architecture.md §3 ("every migration versioned"), R3: `payments-v3` moves the JSON that the v2 code wrote
/// (`authorisation.amount`, `card`, `captured`; `gatewayKey.finalResponse`) into plain columns, value for value,
/// and refuses a row it cannot move rather than lose it.
struct PaymentsColumnsMigrationTests {
    /// Leaves at `path` a store at `payments-v2` with what the v2 code wrote: `o-1` captured (from
    /// `makeV1Store`) with its approved key, `o-2` declined in JPY with a card of unknown country and its declined
    /// key, `o-3` pending a retry (its timer set) with a key that has no final answer yet. `extra` runs last, in the same transaction.
    static func makeV2Store(at path: String, extra: String = "") throws {
        _ = try PaymentsMigrationTests.makeV1Store(at: path)
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        var migrator = DatabaseMigrator()
        PaymentsStore.migrate(&migrator)
        try migrator.migrate(pool, upTo: "payments-v2")
        try pool.write { db in
            try db.execute(
                sql: """
                    UPDATE gatewayKey SET finalResponse = '{"card":{"brand":"visa","country":"US","fingerprint":"fp_v1",\
                    "last4":"4242"},"result":{"approved":{"authorisationID":"auth_1"}}}'
                    WHERE idempotencyKey = 'authorise-o-1';
                    INSERT INTO authorisation(orderID, amount, paymentToken, state, attempts, card, declineCode, decidedAt)
                    VALUES('o-2', '{"currency":"JPY","minorUnits":1500}', 'tok_declined', 'declined', 1,
                        '{"brand":"visa","fingerprint":"fp_d","last4":"0002"}', 'card_declined', ?);
                    INSERT INTO gatewayKey(idempotencyKey, attempts, finalResponse)
                    VALUES('authorise-o-2', 1, '{"card":{"brand":"visa","fingerprint":"fp_d","last4":"0002"},\
                    "result":{"declined":{"_0":"card_declined"}}}');
                    INSERT INTO authorisation(orderID, amount, paymentToken, state, attempts, nextAttemptAt)
                    VALUES('o-3', '{"currency":"EUR","minorUnits":5990}', 'tok_processing_error', 'pending', 1, ?);
                    INSERT INTO gatewayKey(idempotencyKey, attempts) VALUES('authorise-o-3', 1);
                    INSERT INTO durableTimer(id, kind, dueMs, payload)
                    VALUES('authorise-retry:o-3', 'authorise-retry', ?, CAST('o-3' AS BLOB));
                    """ + extra,
                arguments: [
                    DomainTime.milliseconds(Fixtures.t0),
                    DomainTime.milliseconds(Fixtures.minutes(1)),
                    DomainTime.milliseconds(Fixtures.minutes(1)),
                ])
        }
        try pool.close()
    }

    @Test("R3: payments-v3 moves every JSON value of a v2 store into its columns, and the service goes on from there")
    func movesJSONIntoColumns() throws {
        // Given a store left by the v2 code
        let harness = try PaymentsHarness(prepare: { try Self.makeV2Store(at: $0) })
        // Then the service opened it at v3 and reads each authorisation as v2 wrote it
        #expect(
            try harness.store.read(PaymentsMigrationTests.appliedMigrations) == [
                "payments-v1", "payments-v2", "payments-v3",
            ])
        let captured = try #require(try harness.authorisation("o-1"))
        #expect(captured.amount == Fixtures.usd(100_00))
        #expect(captured.captured == Fixtures.usd(100_00))
        #expect(
            captured.card == CardDetails(fingerprint: "fp_v1", brand: "visa", last4: "4242", country: CountryCode("US"))
        )
        #expect(captured.state == .captured)
        let declined = try #require(try harness.authorisation("o-2"))
        #expect(declined.amount == Money(minorUnits: 1500, currency: CurrencyCode("JPY")!))
        #expect(declined.card == CardDetails(fingerprint: "fp_d", brand: "visa", last4: "0002", country: nil))
        #expect(declined.declineCode == .cardDeclined)
        #expect(declined.decidedAt == Fixtures.t0)
        let pending = try #require(try harness.authorisation("o-3"))
        #expect(pending.amount == Fixtures.eur(59_90))
        #expect(pending.card == nil)
        #expect(pending.nextAttemptAt == Fixtures.minutes(1))
        #expect(pending.state == .pending)
        // And the gateway's memory keeps each final answer
        let gateway = try harness.store.read(PaymentsColumnsTests.storedGateway)
        #expect(gateway.issued == 1)
        #expect(
            gateway.keys["authorise-o-1"]?.finalResponse
                == GatewayResponse(result: .approved(authorisationID: "auth_1"), card: captured.card!))
        #expect(
            gateway.keys["authorise-o-2"]?.finalResponse
                == GatewayResponse(result: .declined(.cardDeclined), card: declined.card!))
        #expect(gateway.keys["authorise-o-3"] == TestGateway.KeyRecord(attempts: 1, finalResponse: nil))
        // When the pending retry falls due, it approves with the next id after the migrated counter
        try harness.advance(to: Fixtures.minutes(1))
        #expect(try harness.envelopes(PaymentAuthorised.self).map(\.data.authorisationID) == ["auth_2"])
        #expect(try harness.authorisation("o-3")?.state == .authorised)
        #expect(try harness.deadLetters().count == 0)
    }

    @Test("R3: payments-v3 keeps the keys and constraints, and refuses a card stored in part")
    func schema() throws {
        let harness = try PaymentsHarness(prepare: { try Self.makeV2Store(at: $0) })
        let indexes = try harness.store.read { try PaymentsMigrationTests.authorisationSchema($0).indexes }
        #expect(indexes.count == 2)
        #expect(indexes.allSatisfy { $0.contains("unique=true") })
        try harness.store.write { db in
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE authorisation SET cardBrand = NULL WHERE orderID = 'o-1'")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(sql: "UPDATE authorisation SET state = 'lost' WHERE orderID = 'o-1'")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "UPDATE gatewayKey SET declineCode = 'card_declined' WHERE idempotencyKey = 'authorise-o-1'")
            }
            #expect(throws: DatabaseError.self) {
                try db.execute(
                    sql: "UPDATE gatewayKey SET cardFingerprint = NULL WHERE idempotencyKey = 'authorise-o-2'")
            }
        }
    }

    @Test(
        "R3: a v2 row whose JSON cannot be moved stops payments-v3 with its key, and the store stays at v2",
        arguments: [
            (
                "UPDATE authorisation SET captured = '{\"currency\":\"EUR\",\"minorUnits\":10000}' WHERE orderID = 'o-1'",
                PaymentsHandlingError.corruptRow(table: "authorisation", key: "o-1", column: "captured")
            ),
            (
                """
                UPDATE gatewayKey SET finalResponse = '{"result":{"approved":{"authorisationID":"auth_1"}}}'
                WHERE idempotencyKey = 'authorise-o-1'
                """,
                PaymentsHandlingError.corruptRow(table: "gatewayKey", key: "authorise-o-1", column: "finalResponse")
            ),
        ])
    func refusesWhatItCannotMove(corruption: String, error: PaymentsHandlingError) throws {
        let directory = try TemporaryDirectory()
        let path = directory.file("payments.sqlite")
        try Self.makeV2Store(at: path, extra: corruption)
        #expect(throws: error) { try StoreSetup.open(path: path, migrations: PaymentsStore.migrate) }
        let pool = try StoreSetup.open(path: path, migrations: { _ in })
        defer { try? pool.close() }
        #expect(try pool.read(PaymentsMigrationTests.appliedMigrations) == ["payments-v1", "payments-v2"])
    }
}
