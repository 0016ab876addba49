import Contracts
import Foundation
import GRDB
import Streams

/// Applies a probe stream: one `received` row per event, in the subscription's transaction.
public struct ProbeSink: StreamHandler {
    public init() {}

    public func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ProbeTicked.eventType else { return }
        let tick = try event.decode(ProbeTicked.self).data
        try db.execute(
            sql: "INSERT INTO received(stream, seq, n) VALUES(?, ?, ?)",
            arguments: [event.stream, Int64(event.seq), tick.n])
    }
}

/// What a sink has applied, for tests and the benchmark: exactly once means `count == distinct == last`
/// and `inOrder`.
public struct ProbeSummary: Codable, Sendable, Equatable {
    public var count: Int
    public var distinct: Int
    public var firstSeq: Int?
    public var lastSeq: Int?
    /// Every row's seq is its position: 1, 2, 3… with nothing missing, doubled or reordered.
    public var inOrder: Bool

    /// Reads the summary from a sink's store.
    public static func read(_ db: Database) throws -> ProbeSummary {
        let row = try Row.fetchOne(
            db, sql: "SELECT COUNT(*), COUNT(DISTINCT seq), MIN(seq), MAX(seq) FROM received")
        let misplaced = try Int.fetchOne(
            db, sql: "SELECT COUNT(*) FROM received WHERE seq != position") ?? 0
        let count: Int = row?[0] ?? 0
        return ProbeSummary(
            count: count, distinct: row?[1] ?? 0, firstSeq: row?[2], lastSeq: row?[3], inOrder: misplaced == 0)
    }
}
