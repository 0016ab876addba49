import GRDB

extension PaymentsStore {
    /// `payments-v3`: the JSON columns become plain ones, so that a row is read and written without JSON.
    ///
    /// - `authorisation`: `amount` becomes `amountMinor` and `currency`; `captured` becomes `capturedMinor`, in
    ///   that same currency (a capture is never in another); `card` becomes `cardFingerprint`, `cardBrand`,
    ///   `cardLast4` and `cardCountry`, all NULL when there is no card.
    /// - `gatewayKey`: `finalResponse` becomes `approvedID` or `declineCode`, with the card in the same four
    ///   columns; all NULL while no final answer is known.
    ///
    /// Both tables are rebuilt the documented way (sqlite.org/lang_altertable.html): create, copy with SQLite's
    /// `json_extract`, drop, rename; their only indexes are those of their PRIMARY KEY and UNIQUE constraints,
    /// which the new definitions keep. A row whose JSON cannot be moved (a capture in another currency, a final
    /// answer that is neither an approval nor a decline with its card) stops the migration with its key, and
    /// the store stays at `payments-v2`.
    static func moveJSONIntoColumns(_ db: Database) throws {
        if let orderID = try String.fetchOne(
            db,
            sql: """
                SELECT orderID FROM authorisation
                WHERE captured IS NOT NULL
                    AND json_extract(captured, '$.currency') IS NOT json_extract(amount, '$.currency')
                LIMIT 1
                """)
        {
            throw PaymentsHandlingError.corruptRow(table: "authorisation", key: orderID, column: "captured")
        }
        if let key = try String.fetchOne(
            db,
            sql: """
                SELECT idempotencyKey FROM gatewayKey
                WHERE finalResponse IS NOT NULL
                    AND (json_extract(finalResponse, '$.card.fingerprint') IS NULL
                        OR (json_extract(finalResponse, '$.result.approved.authorisationID') IS NULL)
                            = (json_extract(finalResponse, '$.result.declined._0') IS NULL))
                LIMIT 1
                """)
        {
            throw PaymentsHandlingError.corruptRow(table: "gatewayKey", key: key, column: "finalResponse")
        }
        try db.execute(
            sql: """
                CREATE TABLE newAuthorisation(
                    orderID TEXT PRIMARY KEY NOT NULL,
                    amountMinor INTEGER NOT NULL,
                    currency TEXT NOT NULL,
                    paymentToken TEXT NOT NULL,
                    state TEXT NOT NULL
                        CHECK (state IN ('pending', 'authorised', 'declined', 'voided', 'captured', 'refunded')),
                    attempts INTEGER NOT NULL,
                    nextAttemptAt INTEGER,
                    cardFingerprint TEXT,
                    cardBrand TEXT,
                    cardLast4 TEXT,
                    cardCountry TEXT,
                    authorisationID TEXT UNIQUE,
                    declineCode TEXT,
                    decidedAt INTEGER,
                    voidedAt INTEGER,
                    capturedMinor INTEGER,
                    capturedAt INTEGER,
                    refundedAt INTEGER,
                    CHECK ((cardFingerprint IS NULL) = (cardBrand IS NULL) AND (cardBrand IS NULL) = (cardLast4 IS NULL)
                        AND (cardCountry IS NULL OR cardFingerprint IS NOT NULL)));
                INSERT INTO newAuthorisation(
                    orderID, amountMinor, currency, paymentToken, state, attempts, nextAttemptAt, cardFingerprint,
                    cardBrand, cardLast4, cardCountry, authorisationID, declineCode, decidedAt, voidedAt, capturedMinor,
                    capturedAt, refundedAt)
                SELECT
                    orderID, json_extract(amount, '$.minorUnits'), json_extract(amount, '$.currency'), paymentToken,
                    state, attempts, nextAttemptAt, json_extract(card, '$.fingerprint'), json_extract(card, '$.brand'),
                    json_extract(card, '$.last4'), json_extract(card, '$.country'), authorisationID, declineCode,
                    decidedAt, voidedAt, json_extract(captured, '$.minorUnits'), capturedAt, refundedAt
                FROM authorisation;
                DROP TABLE authorisation;
                ALTER TABLE newAuthorisation RENAME TO authorisation;

                CREATE TABLE newGatewayKey(
                    idempotencyKey TEXT PRIMARY KEY NOT NULL,
                    attempts INTEGER NOT NULL,
                    approvedID TEXT,
                    declineCode TEXT,
                    cardFingerprint TEXT,
                    cardBrand TEXT,
                    cardLast4 TEXT,
                    cardCountry TEXT,
                    CHECK (approvedID IS NULL OR declineCode IS NULL),
                    CHECK ((approvedID IS NULL AND declineCode IS NULL) = (cardFingerprint IS NULL)),
                    CHECK ((cardFingerprint IS NULL) = (cardBrand IS NULL) AND (cardBrand IS NULL) = (cardLast4 IS NULL)
                        AND (cardCountry IS NULL OR cardFingerprint IS NOT NULL)));
                INSERT INTO newGatewayKey(
                    idempotencyKey, attempts, approvedID, declineCode, cardFingerprint, cardBrand, cardLast4,
                    cardCountry)
                SELECT
                    idempotencyKey, attempts, json_extract(finalResponse, '$.result.approved.authorisationID'),
                    json_extract(finalResponse, '$.result.declined._0'),
                    json_extract(finalResponse, '$.card.fingerprint'), json_extract(finalResponse, '$.card.brand'),
                    json_extract(finalResponse, '$.card.last4'), json_extract(finalResponse, '$.card.country')
                FROM gatewayKey;
                DROP TABLE gatewayKey;
                ALTER TABLE newGatewayKey RENAME TO gatewayKey;
                """)
    }
}
