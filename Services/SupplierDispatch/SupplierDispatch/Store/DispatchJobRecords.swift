import Contracts
import GRDB

/// The `dispatchJob` table: one `DispatchJob` per released order of the partition, as a JSON document, with its
/// status and release time in columns for listing.
enum DispatchJobRecords {
    /// The order's job, if the partition started one.
    static func job(_ orderID: OrderID, in db: Database) throws -> DispatchJob? {
        try Row.fetchOne(
            db.cachedStatement(sql: "SELECT document FROM dispatchJob WHERE orderID = :orderID"),
            arguments: ["orderID": orderID.rawValue]
        ).map(decode)
    }

    /// Inserts or replaces the job, with its status for listing.
    static func save(_ job: DispatchJob, in db: Database) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO dispatchJob(orderID, merchantID, state, releasedAtMs, document)
                VALUES(:orderID, :merchantID, :state, :releasedAtMs, :document)
                ON CONFLICT(orderID) DO UPDATE SET state = excluded.state, document = excluded.document
                """
        ).execute(arguments: [
            "orderID": job.orderID.rawValue, "merchantID": job.order.merchantID.rawValue,
            "state": job.status.rawValue, "releasedAtMs": DomainTime.milliseconds(job.order.releasedAt),
            "document": try StoreCoding.json(job),
        ])
    }

    /// Jobs, oldest release first, optionally in one status only.
    static func jobs(status: DispatchStatus?, limit: Int, in db: Database) throws -> [DispatchJob] {
        if let status {
            return try Row.fetchAll(
                db.cachedStatement(
                    sql: """
                        SELECT document FROM dispatchJob WHERE state = :state ORDER BY releasedAtMs, orderID
                        LIMIT :limit
                        """),
                arguments: ["state": status.rawValue, "limit": limit]
            ).map(decode)
        }
        return try Row.fetchAll(
            db.cachedStatement(sql: "SELECT document FROM dispatchJob ORDER BY releasedAtMs, orderID LIMIT :limit"),
            arguments: ["limit": limit]
        ).map(decode)
    }

    /// How many jobs are in each status, by status name.
    static func counts(in db: Database) throws -> [String: Int] {
        var counts: [String: Int] = [:]
        let rows = try Row.fetchCursor(
            db.cachedStatement(sql: "SELECT state, COUNT(*) AS jobs FROM dispatchJob GROUP BY state"))
        while let row = try rows.next() {
            counts[row["state"]] = row["jobs"]
        }
        return counts
    }

    private static func decode(_ row: Row) throws -> DispatchJob {
        try StoreCoding.decode(DispatchJob.self, json: row["document"])
    }
}
