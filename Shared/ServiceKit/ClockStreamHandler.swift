import Contracts
import GRDB
import Streams

/// Applies the supervisor's `clock` stream: stores the new time and fires the first timers it makes due
/// (up to `DurableTimers.firingBatch`) in the subscription's transaction, each stamped at its own due time; the
/// host's timer loop fires any backlog beyond that in further transactions of the same size.
struct ClockStreamHandler: StreamHandler {
    let clock: DomainClock
    let timers: DurableTimers.Handler

    init(clock: DomainClock, timers: @escaping DurableTimers.Handler) {
        self.clock = clock
        self.timers = DurableTimers.stampedAtDue(timers, clock: clock)
    }

    func apply(_ event: IncomingEvent, in db: Database) throws {
        guard event.type == ClockAdvanced.eventType else { return }
        let now = try event.decode(ClockAdvanced.self).data.now
        try clock.advance(to: now, in: db)
        try DurableTimers.fireDue(at: now, in: db, limit: DurableTimers.firingBatch, handler: timers)
    }

    /// Losing a clock tick would skip timers: halt instead of dead-lettering.
    func failurePolicy(for type: String) -> FailurePolicy { .halt }
}
