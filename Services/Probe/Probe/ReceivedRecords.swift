import Contracts
import GRDB

/// Reads and writes a probe sink's `received` table: one row per event applied, in order, with no uniqueness so
/// that a double apply would show.
enum ReceivedRecords {
    /// Records tick `tick`, event `seq` of `stream`, applied at `appliedAtNanos` (`MonotonicClock`).
    static func insert(stream: String, seq: UInt64, tick: ProbeTicked, appliedAtNanos: UInt64, in db: Database)
        throws
    {
        try db.cachedStatement(
            sql: """
                INSERT INTO received(stream, seq, n, emittedAtNanos, appliedAtNanos)
                VALUES(:stream, :seq, :n, :emittedAtNanos, :appliedAtNanos)
                """
        ).execute(arguments: [
            "stream": stream, "seq": Int64(seq), "n": tick.n,
            "emittedAtNanos": tick.emittedAtNanos.map { Int64(clamping: $0) },
            "appliedAtNanos": Int64(clamping: appliedAtNanos),
        ])
    }

    /// What the sink has applied.
    static func summary(in db: Database) throws -> ProbeSummary {
        let row = try Row.fetchOne(
            db.cachedStatement(
                sql: """
                    SELECT COUNT(*) AS count, COUNT(DISTINCT seq) AS distinctCount, MIN(seq) AS firstSeq,
                        MAX(seq) AS lastSeq
                    FROM received
                    """))
        let misplaced =
            try Int.fetchOne(db.cachedStatement(sql: "SELECT COUNT(*) FROM received WHERE seq != position")) ?? 0
        return ProbeSummary(
            count: row?["count"] ?? 0, distinct: row?["distinctCount"] ?? 0, firstSeq: row?["firstSeq"],
            lastSeq: row?["lastSeq"], inOrder: misplaced == 0)
    }
}
