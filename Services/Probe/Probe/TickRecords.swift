import GRDB

/// Reads and writes a probe source's `tick` table: the tick numbers it emitted.
enum TickRecords {
    /// The last tick number emitted, or 0 before the first.
    static func last(in db: Database) throws -> Int {
        try Int.fetchOne(db.cachedStatement(sql: "SELECT MAX(n) FROM tick")) ?? 0
    }

    /// Records tick `n`.
    static func insert(_ n: Int, in db: Database) throws {
        try db.cachedStatement(sql: "INSERT INTO tick(n) VALUES(:n)").execute(arguments: ["n": n])
    }
}
