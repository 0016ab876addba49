import GRDB

/// The subscriber's per-stream position (`streamCheckpoint`), written with the effects (docs/streams.md §4.3).
public enum Checkpoint {
    /// The stored epoch and last applied `seq` of `stream`, if it was ever consumed.
    public static func load(_ db: Database, stream: String) throws -> (epoch: String, lastSeq: UInt64)? {
        guard
            let row = try Row.fetchOne(
                db.cachedStatement(sql: "SELECT epoch, lastSeq FROM streamCheckpoint WHERE stream = :stream"),
                arguments: ["stream": stream])
        else { return nil }
        return (row["epoch"], UInt64(row["lastSeq"] as Int64))
    }

    /// Moves the checkpoint from `expected` to `seq`, guarded: if another applier moved it first, the
    /// update matches no row and the whole transaction must roll back (F15).
    public static func advance(_ db: Database, stream: String, epoch: String, from expected: UInt64, to seq: UInt64)
        throws
    {
        try db.cachedStatement(
            sql: """
                UPDATE streamCheckpoint SET lastSeq = :seq
                WHERE stream = :stream AND epoch = :epoch AND lastSeq = :expected
                """
        )
        .execute(arguments: ["seq": Int64(seq), "stream": stream, "epoch": epoch, "expected": Int64(expected)])
        if db.changesCount == 1 { return }
        guard expected == 0, try load(db, stream: stream) == nil else {
            throw StreamError.checkpointConflict(stream: stream, expected: expected)
        }
        try db.cachedStatement(
            sql: "INSERT INTO streamCheckpoint(stream, epoch, lastSeq) VALUES(:stream, :epoch, :seq)"
        ).execute(arguments: ["stream": stream, "epoch": epoch, "seq": Int64(seq)])
    }

    /// Operator action after a fence: trust the publisher's new epoch and continue after `seq`.
    public static func reset(_ db: Database, stream: String, epoch: String, lastSeq: UInt64) throws {
        try db.cachedStatement(
            sql: """
                INSERT INTO streamCheckpoint(stream, epoch, lastSeq) VALUES(:stream, :epoch, :seq)
                ON CONFLICT(stream) DO UPDATE SET epoch = excluded.epoch, lastSeq = excluded.lastSeq
                """
        ).execute(arguments: ["stream": stream, "epoch": epoch, "seq": Int64(lastSeq)])
    }
}
