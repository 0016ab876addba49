import Contracts

/// The subscriber side of the protocol for one stream (docs/streams.md §4), as a pure value.
///
/// Inputs are what arrived (live events, heartbeats, replay replies) and the time; outputs are what to
/// do (send a FETCH, raise or clear an alert). The caller applies `takeReady()` in one transaction with
/// the checkpoint and then reports `committed(through:)`. No sockets, no clocks: time comes in as
/// `ContinuousClock.Instant`, so every rule here is tested without I/O.
public struct SubscriptionStateMachine: Sendable {
    /// Tunables, all from the mesh config.
    public struct Settings: Sendable {
        public var heartbeatInterval: Duration
        public var credit: UInt64
        public var fetchTimeout: Duration
        public var maxBuffered: Int

        public init(
            heartbeatInterval: Duration, credit: UInt64, fetchTimeout: Duration? = nil, maxBuffered: Int = 20_000
        ) {
            self.heartbeatInterval = heartbeatInterval
            self.credit = credit
            self.fetchTimeout = fetchTimeout ?? max(.seconds(1), heartbeatInterval * 2)
            self.maxBuffered = maxBuffered
        }
    }

    /// What the caller must do.
    public enum Action: Sendable, Equatable {
        case fetch(from: UInt64, epoch: String)
        case alert(SubscriptionAlert)
        case alertCleared
    }

    public let stream: String
    public let settings: Settings
    /// The stream's epoch, once known (loaded with the checkpoint or adopted from the first message).
    public private(set) var epoch: String?
    /// The committed checkpoint: every `seq` up to here was applied exactly once.
    public private(set) var applied: UInt64
    /// The highest `seq` the publisher is known to have.
    public private(set) var knownHead: UInt64 = 0
    /// A stop that needs a person: fenced, gone or halted. Nothing is applied while set.
    public private(set) var stopped: SubscriptionAlert?
    /// Set while the publisher has been silent for three heartbeat intervals.
    public private(set) var suspect = false
    public private(set) var counters = SubscriptionCounters()

    private var buffer: [UInt64: StoredEvent] = [:]
    private var fetchDeadline: ContinuousClock.Instant?
    private var lastTraffic: ContinuousClock.Instant
    private var probeDelay: Duration = .seconds(1)
    private var nextProbe: ContinuousClock.Instant?

    /// Starts from a loaded checkpoint (`epoch` nil and `applied` 0 for a new subscription).
    public init(stream: String, epoch: String?, applied: UInt64, settings: Settings, now: ContinuousClock.Instant) {
        self.stream = stream
        self.epoch = epoch
        self.applied = applied
        self.knownHead = applied
        self.settings = settings
        self.lastTraffic = now
    }

    /// The phase, for status.
    public var phase: SubscriptionPhase {
        if let stopped { return stopped.phase }
        if suspect { return .suspect }
        return knownHead > applied ? .catchingUp : .live
    }

    /// Events behind the publisher's known head.
    public var lag: UInt64 { knownHead > applied ? knownHead - applied : 0 }

    /// Call once the SUB socket is connected and subscribed: asks for everything after the checkpoint.
    public mutating func start(now: ContinuousClock.Instant) -> [Action] {
        requestFetch(from: applied + 1, now: now)
    }

    // MARK: - Inputs

    /// A live event from the SUB socket.
    public mutating func receiveLive(epoch seen: String, _ event: StoredEvent, now: ContinuousClock.Instant) -> [Action]
    {
        var actions = noteTraffic(now: now)
        guard accept(epoch: seen, actions: &actions) else { return actions }
        knownHead = max(knownHead, event.seq)
        store(event)
        return actions + fetchIfNeeded(now: now)
    }

    /// A heartbeat: reveals silent tail loss (F8) when its head is ahead of the checkpoint.
    public mutating func receiveHeartbeat(epoch seen: String, head: UInt64, now: ContinuousClock.Instant) -> [Action] {
        var actions = noteTraffic(now: now)
        guard accept(epoch: seen, actions: &actions) else { return actions }
        knownHead = max(knownHead, head)
        return actions + fetchIfNeeded(now: now)
    }

    /// A replay batch (`EVENTS`).
    public mutating func receiveBatch(
        epoch seen: String, head: UInt64, events: [StoredEvent], now: ContinuousClock.Instant
    ) -> [Action] {
        var actions: [Action] = []
        fetchDeadline = nil
        guard accept(epoch: seen, actions: &actions) else { return actions }
        knownHead = max(knownHead, head)
        for event in events { store(event) }
        return actions + fetchIfNeeded(now: now)
    }

    /// `GONE`: the events after the checkpoint were pruned (F13); a person must resync this stream.
    public mutating func receiveGone(oldest: UInt64, now: ContinuousClock.Instant) -> [Action] {
        fetchDeadline = nil
        return stop(.gone(stream: stream, needed: applied + 1, oldestRetained: oldest))
    }

    /// `EPOCH`: the publisher's store is not the one this checkpoint belongs to (F11).
    public mutating func receiveEpochMismatch(epoch seen: String, now: ContinuousClock.Instant) -> [Action] {
        fetchDeadline = nil
        return stop(.fenced(stream: stream, expected: epoch ?? "", seen: seen))
    }

    /// Time passes: resend a timed-out FETCH, detect a silent publisher (F9), probe it with backoff.
    public mutating func tick(now: ContinuousClock.Instant) -> [Action] {
        guard stopped == nil else { return [] }
        var actions: [Action] = []
        if let deadline = fetchDeadline, now >= deadline {
            fetchDeadline = nil
            counters.fetchTimeouts += 1
        }
        if !suspect && now - lastTraffic >= settings.heartbeatInterval * 3 {
            suspect = true
            probeDelay = .seconds(1)
            nextProbe = now
            actions.append(.alert(.suspect(stream: stream)))
        }
        if suspect, let probe = nextProbe, now >= probe, fetchDeadline == nil {
            nextProbe = now + probeDelay
            probeDelay = min(probeDelay * 2, .seconds(32))
            return actions + requestFetch(from: nextNeeded, now: now)
        }
        return actions + (suspect ? [] : fetchIfNeeded(now: now))
    }

    // MARK: - Applying

    /// The contiguous events after the checkpoint, at most `max`, removed from the buffer.
    public mutating func takeReady(max: Int) -> [StoredEvent] {
        guard stopped == nil else { return [] }
        var ready: [StoredEvent] = []
        var next = applied + 1
        while ready.count < max, let event = buffer.removeValue(forKey: next) {
            ready.append(event)
            next += 1
        }
        return ready
    }

    /// Reports the transaction that applied events up to `seq` as committed.
    public mutating func committed(through seq: UInt64, now: ContinuousClock.Instant) -> [Action] {
        counters.applied += seq > applied ? seq - applied : 0
        applied = max(applied, seq)
        knownHead = max(knownHead, applied)
        return fetchIfNeeded(now: now)
    }

    /// Puts back a batch whose transaction failed transiently, to be applied again.
    public mutating func requeue(_ events: [StoredEvent]) {
        for event in events where event.seq > applied { buffer[event.seq] = event }
    }

    /// A handler declared `halt` for an event it cannot apply (F14): stop before it.
    public mutating func halt(at seq: UInt64, reason: String) -> [Action] {
        stop(.halted(stream: stream, seq: seq, reason: reason))
    }

    /// Another applier moved the checkpoint (F15): continue from the stored one.
    public mutating func reload(epoch: String?, applied: UInt64, now: ContinuousClock.Instant) -> [Action] {
        self.epoch = epoch
        self.applied = applied
        buffer = buffer.filter { $0.key > applied }
        fetchDeadline = nil
        return fetchIfNeeded(now: now)
    }

    // MARK: - Rules

    private var nextNeeded: UInt64 {
        var next = applied + 1
        while buffer[next] != nil { next += 1 }
        return next
    }

    /// Buffers an event above the checkpoint. A full buffer keeps the lowest positions, so the event that
    /// fills the hole at the checkpoint is always accepted and the stream can never stall on a full buffer.
    private mutating func store(_ event: StoredEvent) {
        if event.seq <= applied || buffer[event.seq] != nil {
            counters.duplicates += 1
        } else if buffer.count < settings.maxBuffered {
            buffer[event.seq] = event
        } else if let highest = buffer.keys.max(), event.seq < highest {
            buffer.removeValue(forKey: highest)
            buffer[event.seq] = event
            counters.overflowDropped += 1
        } else {
            counters.overflowDropped += 1
        }
    }

    private mutating func fetchIfNeeded(now: ContinuousClock.Instant) -> [Action] {
        guard stopped == nil, fetchDeadline == nil else { return [] }
        // The buffer holds only seqs in applied+1…knownHead: if it has that many, nothing is missing (O(1)).
        if knownHead <= applied + UInt64(buffer.count) { return [] }
        let next = nextNeeded
        guard knownHead >= next else { return [] }
        counters.gapFetches += 1
        return requestFetch(from: next, now: now)
    }

    private mutating func requestFetch(from seq: UInt64, now: ContinuousClock.Instant) -> [Action] {
        guard stopped == nil else { return [] }
        fetchDeadline = now + settings.fetchTimeout
        counters.fetches += 1
        return [.fetch(from: seq, epoch: epoch ?? "")]
    }

    private mutating func accept(epoch seen: String, actions: inout [Action]) -> Bool {
        guard stopped == nil else { return false }
        guard let epoch else {
            if applied == 0 { self.epoch = seen; return true }
            actions += stop(.fenced(stream: stream, expected: "", seen: seen))
            return false
        }
        if epoch == seen { return true }
        actions += stop(.fenced(stream: stream, expected: epoch, seen: seen))
        return false
    }

    private mutating func noteTraffic(now: ContinuousClock.Instant) -> [Action] {
        lastTraffic = now
        guard suspect else { return [] }
        suspect = false
        nextProbe = nil
        return stopped == nil ? [.alertCleared] : []
    }

    private mutating func stop(_ alert: SubscriptionAlert) -> [Action] {
        guard stopped == nil else { return [] }
        stopped = alert
        buffer.removeAll()
        fetchDeadline = nil
        return [.alert(alert)]
    }
}
