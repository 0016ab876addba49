import GRDB

/// Applies a contiguous run of events in one transaction with the guarded checkpoint (group commit).
///
/// Each event runs in a savepoint, so a failing event rolls back alone and is dead-lettered (or halts
/// the stream), while the rest of the batch and the checkpoint commit together: one fsync per batch.
public struct BatchApplier: Sendable {
    /// What a batch did.
    public enum Outcome: Sendable, Equatable {
        case applied(through: UInt64, deadLettered: Int)
        case halted(appliedThrough: UInt64, at: UInt64, reason: String)
    }

    public let stream: String
    public let writer: any DatabaseWriter
    public let handler: any StreamHandler
    public let maxBodyBytes: Int

    public init(stream: String, writer: any DatabaseWriter, handler: any StreamHandler, maxBodyBytes: Int) {
        self.stream = stream
        self.writer = writer
        self.handler = handler
        self.maxBodyBytes = maxBodyBytes
    }

    /// Applies `events` (contiguous, starting at `expected + 1`). Throws `StreamError.checkpointConflict` if
    /// another applier moved the checkpoint, and transient SQLite errors for the caller to retry.
    ///
    /// The usual batch applies without savepoints. If any event fails, that transaction rolls back and the
    /// batch runs again with a savepoint per event, so that only the failing events are set aside.
    public func apply(_ events: [StoredEvent], epoch: String, expected: UInt64) throws -> Outcome {
        do {
            return try writer.write { db in try applyAll(events, epoch: epoch, expected: expected, isolated: false, db)
            }
        } catch is EventFailed {
            return try writer.write { db in try applyAll(events, epoch: epoch, expected: expected, isolated: true, db) }
        }
    }

    /// Sets the next event aside without applying it, as the crash guard decided (docs/streams.md §4.6): a dead
    /// letter with `reason`, its `crashes` as attempts, and the checkpoint past it; or, for a type whose loss would
    /// corrupt state, a halt before it.
    public func setAside(_ stored: StoredEvent, epoch: String, expected: UInt64, reason: String, crashes: Int) throws
        -> Outcome
    {
        let event = IncomingEvent(stream: stream, epoch: epoch, stored: stored)
        if handler.failurePolicy(for: event.type) == .halt {
            return .halted(appliedThrough: expected, at: event.seq, reason: reason)
        }
        return try writer.write { db in
            try DeadLetters.record(db, event, error: reason, attempts: crashes)
            try Checkpoint.advance(db, stream: stream, epoch: epoch, from: expected, to: event.seq)
            return .applied(through: event.seq, deadLettered: 1)
        }
    }

    /// A handler failed while the batch ran without savepoints.
    private struct EventFailed: Error {}

    private func applyAll(
        _ events: [StoredEvent], epoch: String, expected: UInt64, isolated: Bool, _ db: Database
    ) throws -> Outcome {
        var through = expected
        var deadLettered = 0
        var halt: (seq: UInt64, reason: String)?
        for stored in events {
            let event = IncomingEvent(stream: stream, epoch: epoch, stored: stored)
            do {
                guard event.body.count <= maxBodyBytes else {
                    throw StreamError.messageTooLarge(
                        stream: stream, seq: event.seq, bytes: event.body.count, limit: maxBodyBytes)
                }
                if isolated {
                    try db.inSavepoint {
                        try handler.apply(event, in: db)
                        return .commit
                    }
                } else {
                    try handler.apply(event, in: db)
                }
            } catch let error as DatabaseError where error.isTransient {
                throw error
            } catch {
                guard isolated else { throw EventFailed() }
                if handler.failurePolicy(for: event.type) == .halt {
                    halt = (event.seq, "\(error)")
                    break
                }
                try DeadLetters.record(db, event, error: "\(error)")
                deadLettered += 1
            }
            through = event.seq
        }
        if through > expected {
            try Checkpoint.advance(db, stream: stream, epoch: epoch, from: expected, to: through)
        }
        if let halt { return .halted(appliedThrough: through, at: halt.seq, reason: halt.reason) }
        return .applied(through: through, deadLettered: deadLettered)
    }

    /// Re-runs the handler for a dead letter; removes it on success, records the new error otherwise.
    /// - Returns: `nil` on success, else the error text.
    public func retryDeadLetter(seq: UInt64, epoch: String) throws -> String? {
        try writer.write { db in
            guard let event = try DeadLetters.event(db, stream: stream, seq: seq, epoch: epoch) else {
                return "no dead letter \(stream)#\(seq)"
            }
            do {
                try db.inSavepoint {
                    try handler.apply(event, in: db)
                    return .commit
                }
                try DeadLetters.remove(db, stream: stream, seq: seq)
                return nil
            } catch {
                try DeadLetters.record(db, event, error: "\(error)")
                return "\(error)"
            }
        }
    }
}

extension DatabaseError {
    /// Busy, locked, full, read-only or I/O errors, the store's fault and not the event's: the batch is retried,
    /// never dead-lettered.
    var isTransient: Bool {
        [
            .SQLITE_BUSY, .SQLITE_LOCKED, .SQLITE_FULL, .SQLITE_IOERR, .SQLITE_PROTOCOL, .SQLITE_READONLY,
            .SQLITE_CANTOPEN,
        ]
        .contains(resultCode)
    }
}
