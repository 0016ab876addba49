import Contracts
import Foundation
import Streams
import Testing

/// The subscriber's rules (docs/streams.md §4.2) on the pure state machine: no sockets, no clock, no store.
/// Time is an instant taken once plus durations, so every timing rule is exact.
@Suite(.timeLimit(.minutes(1))) struct SubscriptionStateMachineTests {
    typealias Action = SubscriptionStateMachine.Action
    static let stream = "probe"
    let t0 = ContinuousClock.now

    func machine(
        epoch: String? = "E1", applied: UInt64 = 0, heartbeat: Duration = .seconds(1), fetchTimeout: Duration? = nil,
        maxBuffered: Int = 20_000
    ) -> SubscriptionStateMachine {
        SubscriptionStateMachine(
            stream: Self.stream, epoch: epoch, applied: applied,
            settings: .init(
                heartbeatInterval: heartbeat, credit: 100, fetchTimeout: fetchTimeout, maxBuffered: maxBuffered),
            now: t0)
    }

    func at(_ milliseconds: Int) -> ContinuousClock.Instant { t0 + .milliseconds(milliseconds) }

    // MARK: - Ordering

    @Test func inOrderLiveEventsBecomeReadyAndCommittedAdvances() {
        // Given a subscription that started and asked for everything after its checkpoint
        var m = machine()
        #expect(m.start(now: t0) == [.fetch(from: 1, epoch: "E1")])
        // When seq 1, 2, 3 arrive live in order
        for seq in UInt64(1)...3 { #expect(m.receiveLive(epoch: "E1", event(seq), now: at(1)) == []) }
        #expect(m.phase == .catchingUp && m.lag == 3)
        // Then they are ready in order, at most `max` per run, and each commit advances the checkpoint
        #expect(m.takeReady(max: 2).map(\.seq) == [1, 2])
        #expect(m.committed(through: 2, now: at(2)) == [])
        #expect(m.takeReady(max: 2).map(\.seq) == [3])
        #expect(m.committed(through: 3, now: at(3)) == [])
        #expect(m.applied == 3 && m.counters.applied == 3 && m.lag == 0 && m.phase == .live)
        #expect(m.takeReady(max: 10).isEmpty)
    }

    @Test("F6: duplicates are counted and dropped", arguments: DuplicateCase.all)
    func duplicatesAreCountedAndDropped(_ row: DuplicateCase) {
        // Given a checkpoint at 5
        var m = machine(applied: 5)
        // When the row's copies arrive
        var ready: [UInt64] = []
        for arrival in row.arrivals {
            switch arrival {
            case .live(let seq): _ = m.receiveLive(epoch: "E1", event(seq), now: at(1))
            case .replay(let seqs): _ = m.receiveBatch(epoch: "E1", head: 9, events: seqs.map(event), now: at(1))
            }
            ready += m.applyEverythingReady(now: at(2)).runs.joined()
        }
        // Then each seq is ready once, and every extra copy is counted as a duplicate
        #expect(ready == row.ready)
        #expect(m.counters.duplicates == row.duplicates)
    }

    @Test(
        "F7: out-of-order arrival yields strictly ordered ready runs",
        arguments: [
            ([1, 3, 2, 5, 4], [[1], [2, 3], [4, 5]]),
            ([5, 4, 3, 2, 1], [[1, 2, 3, 4, 5]]),
            ([2, 1, 4, 3, 6, 5], [[1, 2], [3, 4], [5, 6]]),
            ([1, 2, 3], [[1], [2], [3]]),
        ] as [([UInt64], [[UInt64]])])
    func outOfOrderArrivalYieldsOrderedRuns(arrivals: [UInt64], runs: [[UInt64]]) {
        // Given a new subscription with epoch E1
        var m = machine()
        // When the events arrive live in the given order, applying whatever is ready after each one
        var applied: [[UInt64]] = []
        for seq in arrivals {
            _ = m.receiveLive(epoch: "E1", event(seq), now: at(1))
            applied += m.applyEverythingReady(now: at(1)).runs
        }
        // Then the runs are contiguous, ascending, and together exactly 1…n
        #expect(applied == runs)
        #expect(m.applied == UInt64(arrivals.count) && m.counters.duplicates == 0)
    }

    @Test func gapFetchesOnceWhileInFlightAndTickResendsATimedOutFetch() {  // F7, F17
        // Given a checkpoint at 0 and a fetch timeout of 1 s (heartbeat 1 s, so no suspicion before 3 s)
        var m = machine(fetchTimeout: .seconds(1))
        // When seq 3 arrives: a gap
        #expect(m.receiveLive(epoch: "E1", event(3), now: t0) == [.fetch(from: 1, epoch: "E1")])
        // Then more gaps and a heartbeat ahead ask for nothing while that fetch is in flight
        #expect(m.receiveLive(epoch: "E1", event(5), now: at(10)) == [])
        #expect(m.receiveHeartbeat(epoch: "E1", head: 9, now: at(20)) == [])
        #expect(m.tick(now: at(999)) == [])
        #expect(m.counters.fetches == 1 && m.counters.gapFetches == 1)
        // When the fetch times out, tick sends it again (F17), once
        #expect(m.tick(now: at(1000)) == [.fetch(from: 1, epoch: "E1")])
        #expect(m.tick(now: at(1500)) == [])
        #expect(m.counters.fetchTimeouts == 1 && m.counters.fetches == 2)
        // When the reply fills 1…2, the next fetch starts at the first hole above the buffer
        let afterReply = m.receiveBatch(epoch: "E1", head: 9, events: [event(1), event(2)], now: at(1600))
        #expect(afterReply == [.fetch(from: 4, epoch: "E1")])
        #expect(m.takeReady(max: 10).map(\.seq) == [1, 2, 3])
    }

    @Test func fetchTimeoutDefaultsToTwoHeartbeatsAndAtLeastOneSecond() {
        #expect(
            SubscriptionStateMachine.Settings(heartbeatInterval: .milliseconds(100), credit: 1).fetchTimeout
                == .seconds(1))
        #expect(
            SubscriptionStateMachine.Settings(heartbeatInterval: .seconds(2), credit: 1).fetchTimeout == .seconds(4))
    }

    @Test(
        "F8: a heartbeat ahead of the checkpoint fetches the tail; one not ahead does nothing",
        arguments: [
            (UInt64(8), [Action.fetch(from: 6, epoch: "E1")]),
            (UInt64(6), [Action.fetch(from: 6, epoch: "E1")]),
            (UInt64(5), []),
            (UInt64(2), []),
        ])
    func heartbeatRevealsSilentTailLoss(head: UInt64, expected: [Action]) {
        // Given a checkpoint at 5 and no fetch in flight
        var m = machine(applied: 5)
        // When a heartbeat announces `head`
        let actions = m.receiveHeartbeat(epoch: "E1", head: head, now: at(1))
        // Then only a head past the checkpoint asks for the missing tail
        #expect(actions == expected)
        #expect(m.knownHead == max(5, head))
    }

    // MARK: - Epochs

    @Test("F11: another epoch fences the stream and nothing more is ever ready", arguments: Traffic.allCases)
    func anotherEpochFences(_ traffic: Traffic) {
        // Given a checkpoint at 5 in epoch E1, with seq 7 buffered
        var m = machine(applied: 5)
        _ = m.receiveLive(epoch: "E1", event(7), now: at(1))
        // When traffic from epoch E2 arrives
        let actions = traffic.deliver(to: &m, epoch: "E2", now: at(2))
        // Then the stream stops with a fence alert
        #expect(actions == [.alert(.fenced(stream: Self.stream, expected: "E1", seen: "E2"))])
        #expect(m.phase == .fenced && m.stopped != nil)
        // And nothing from the old epoch is applied or fetched afterwards
        #expect(m.receiveLive(epoch: "E1", event(6), now: at(3)) == [])
        #expect(m.receiveBatch(epoch: "E1", head: 9, events: [event(6), event(7)], now: at(4)) == [])
        #expect(m.tick(now: at(600_000)) == [])
        #expect(m.takeReady(max: 10).isEmpty && m.applied == 5)
    }

    @Test("A new subscription adopts the first epoch it sees", arguments: Traffic.allCases.filter { $0 != .epochReply })
    func newSubscriptionAdoptsFirstEpoch(_ traffic: Traffic) {
        // Given a subscription with no checkpoint: it fetches with an empty epoch
        var m = machine(epoch: nil)
        #expect(m.start(now: t0) == [.fetch(from: 1, epoch: "")])
        // When the first traffic carries epoch E9
        let actions = traffic.deliver(to: &m, epoch: "E9", now: at(1))
        // Then E9 is adopted and a later E1 fences (F11)
        #expect(!actions.contains { if case .alert = $0 { true } else { false } })
        #expect(m.epoch == "E9")
        let fenced = m.receiveHeartbeat(epoch: "E1", head: 1, now: at(2))
        #expect(fenced == [.alert(.fenced(stream: Self.stream, expected: "E9", seen: "E1"))])
    }

    @Test func checkpointWithoutEpochFences() {  // F11
        // Given a checkpoint at 3 whose epoch is unknown
        var m = machine(epoch: nil, applied: 3)
        // When seq 4 arrives: the machine cannot tell whether it belongs to the same history
        let actions = m.receiveLive(epoch: "E1", event(4), now: at(1))
        // Then it fences rather than guessing
        let alert = SubscriptionAlert.fenced(stream: Self.stream, expected: "", seen: "E1")
        #expect(actions == [.alert(alert)])
        #expect(alert.description.contains("checkpoint epoch (none)"))
        #expect(m.takeReady(max: 10).isEmpty && m.phase == .fenced)
    }

    // MARK: - Stops

    @Test func goneStopsWithTheAlert() {  // F13
        // Given a checkpoint at 10 and seq 12 buffered
        var m = machine(applied: 10)
        _ = m.receiveLive(epoch: "E1", event(12), now: at(1))
        // When the publisher answers GONE: it keeps only from 50
        let actions = m.receiveGone(oldest: 50, now: at(2))
        // Then the stream stops with an alert naming what is needed and what is left
        let alert = SubscriptionAlert.gone(stream: Self.stream, needed: 11, oldestRetained: 50)
        #expect(actions == [.alert(alert)])
        #expect(alert.description.contains("needs seq 11") && alert.description.contains("keeps only from 50"))
        #expect(m.phase == .gone)
        #expect(m.receiveLive(epoch: "E1", event(11), now: at(3)) == [])
        #expect(m.takeReady(max: 10).isEmpty && m.tick(now: at(600_000)).isEmpty)
    }

    @Test func haltStopsBeforeThePoison() {  // F14
        // Given seq 6, 7, 8 ready after a checkpoint at 5
        var m = machine(applied: 5)
        for seq in UInt64(6)...8 { _ = m.receiveLive(epoch: "E1", event(seq), now: at(1)) }
        // When 6 commits and the handler of 7 declares halt
        #expect(m.takeReady(max: 1).map(\.seq) == [6])
        _ = m.committed(through: 6, now: at(2))
        let actions = m.halt(at: 7, reason: "cannot apply")
        // Then the stream stops at 6 with one alert, and nothing more is ready or fetched
        #expect(actions == [.alert(.halted(stream: Self.stream, seq: 7, reason: "cannot apply"))])
        #expect(m.phase == .halted && m.applied == 6)
        #expect(m.halt(at: 7, reason: "again") == [])
        #expect(m.receiveLive(epoch: "E1", event(9), now: at(3)) == [])
        #expect(m.takeReady(max: 10).isEmpty && m.tick(now: at(600_000)).isEmpty)
    }

    // MARK: - Liveness

    @Test func silentPublisherIsSuspectOnceAndProbedWithBackoff() {  // F9
        // Given a checkpoint at 5, heartbeats every 100 ms and no fetch in flight
        var m = machine(applied: 5, heartbeat: .milliseconds(100))
        // When nothing arrives for 200 s, ticking every 100 ms
        var alerts: [Action] = []
        var probes: [Duration] = []
        for step in 1...2_000 {
            let now = t0 + .milliseconds(100) * step
            for action in m.tick(now: now) {
                if case .fetch(let from, _) = action {
                    #expect(from == 6)
                    probes.append(now - t0)
                } else {
                    alerts.append(action)
                }
            }
            if step == 2 { #expect(m.phase == .live) }
        }
        // Then one suspect alert after 3 heartbeat intervals, and probes 1 s, 2 s, 4 s … apart, capped at 32 s
        #expect(alerts == [.alert(.suspect(stream: Self.stream))])
        #expect(m.phase == .suspect)
        #expect(probes.first == .milliseconds(300))
        let gaps = zip(probes, probes.dropFirst()).map { $1 - $0 }
        #expect(gaps == [1, 2, 4, 8, 16, 32, 32, 32, 32, 32].map { Duration.seconds($0) })
        // When a heartbeat arrives, the alert clears and probing stops
        #expect(m.receiveHeartbeat(epoch: "E1", head: 5, now: at(200_050)) == [.alertCleared])
        #expect(m.phase == .live && m.tick(now: at(200_349)) == [])
        // And a new silence is suspect again, with the backoff back at 1 s
        #expect(m.tick(now: at(200_350)) == [.alert(.suspect(stream: Self.stream)), .fetch(from: 6, epoch: "E1")])
        #expect(m.tick(now: at(201_349)) == [])
        #expect(m.tick(now: at(201_350)) == [.fetch(from: 6, epoch: "E1")])
    }

    @Test("F9: live traffic clears suspicion", arguments: [Traffic.live, .heartbeat])
    func liveTrafficClearsSuspicion(_ traffic: Traffic) {
        // Given a publisher silent for 3 heartbeat intervals
        var m = machine(applied: 5, heartbeat: .milliseconds(100))
        #expect(m.tick(now: at(300)).first == .alert(.suspect(stream: Self.stream)))
        // When live traffic of the same epoch arrives (replay replies do not: the live path may still be dead)
        let actions = traffic.deliver(to: &m, epoch: "E1", now: at(400))
        // Then the alert is cleared
        #expect(actions.first == .alertCleared)
        #expect(m.phase != .suspect && !m.suspect)
    }

    @Test func replayRepliesDoNotClearSuspicionSoProbesKeepBackingOff() {  // F9, F18
        // Given a suspect publisher whose ROUTER still answers
        var m = machine(applied: 5, heartbeat: .milliseconds(100))
        #expect(m.tick(now: at(300)).first == .alert(.suspect(stream: Self.stream)))
        // When a probe's reply arrives
        let actions = m.receiveBatch(epoch: "E1", head: 5, events: [], now: at(310))
        // Then the stream stays suspect (no flapping alert) until the live path speaks again
        #expect(!actions.contains(.alertCleared) && m.suspect)
    }

    // MARK: - Buffer and appliers

    @Test func overflowBeyondMaxBufferedIsDroppedAndCounted() {  // F2
        // Given a buffer of 3 and a hole at 1
        var m = machine(maxBuffered: 3)
        #expect(m.receiveLive(epoch: "E1", event(2), now: at(1)) == [.fetch(from: 1, epoch: "E1")])
        _ = m.receiveLive(epoch: "E1", event(3), now: at(2))
        _ = m.receiveLive(epoch: "E1", event(4), now: at(3))
        // When a fourth event arrives above the hole
        _ = m.receiveLive(epoch: "E1", event(5), now: at(4))
        // Then it is dropped and counted; a copy of a buffered one is still a duplicate
        #expect(m.counters.overflowDropped == 1)
        _ = m.receiveLive(epoch: "E1", event(3), now: at(5))
        #expect(m.counters.duplicates == 1 && m.counters.overflowDropped == 1)
    }

    @Test func fullBufferStillAcceptsTheEventThatFillsTheHole() {  // F2, F7
        // Given a buffer of 3 filled with 2, 3, 4 above a hole at 1, and the publisher's head at 5
        var m = machine(heartbeat: .milliseconds(100), maxBuffered: 3)
        var pending: [Action] = []
        for seq in UInt64(2)...4 { pending += m.receiveLive(epoch: "E1", event(seq), now: t0) }
        // When the publisher answers every FETCH from its log 1…5 for a while
        m.serveFetches(pending, log: 1...5, from: t0)
        // Then the stream converges: the replayed seq 1 must not be dropped as overflow, or it never moves again
        #expect(m.applied == 5, "stuck at \(m.applied) with \(m.counters.overflowDropped) overflow drops")
    }

    @Test func requeuedBatchIsReadyAgain() {
        // Given 1, 2, 3 taken for a transaction
        var m = machine()
        for seq in UInt64(1)...3 { _ = m.receiveLive(epoch: "E1", event(seq), now: at(1)) }
        let batch = m.takeReady(max: 10)
        #expect(m.takeReady(max: 10).isEmpty)
        // When the transaction fails transiently and the batch is put back
        m.requeue(batch)
        // Then the same run is ready again, and a requeue of committed events is ignored
        #expect(m.takeReady(max: 10) == batch)
        _ = m.committed(through: 3, now: at(2))
        m.requeue(batch)
        #expect(m.takeReady(max: 10).isEmpty)
    }

    @Test(
        "F15: reload continues from the checkpoint another applier stored",
        arguments: [
            (UInt64(8), [Action](), [UInt64(9), 10]),
            (UInt64(3), [Action.fetch(from: 4, epoch: "E1")], [UInt64]()),
        ])
    func reloadAfterCheckpointConflict(stored: UInt64, actions expected: [Action], ready: [UInt64]) {
        // Given 1…10 received and 1…5 taken for a transaction that then hit a checkpoint conflict
        var m = machine()
        for seq in UInt64(1)...10 { _ = m.receiveLive(epoch: "E1", event(seq), now: at(1)) }
        #expect(m.takeReady(max: 5).count == 5)
        // When the machine reloads the checkpoint the other applier committed
        let actions = m.reload(epoch: "E1", applied: stored, now: at(2))
        // Then it continues from there: what is buffered above it is ready, what was taken is fetched again
        #expect(actions == expected)
        #expect(m.applied == stored)
        #expect(m.takeReady(max: 10).map(\.seq) == ready)
    }
}

extension SubscriptionStateMachineTests {
    /// How copies of events reach the machine in a duplicates row.
    enum Arrival: Sendable {
        case live(UInt64)
        case replay([UInt64])
    }

    /// One row of the duplicates table (F6).
    struct DuplicateCase: Sendable, CustomTestStringConvertible {
        var testDescription: String
        var arrivals: [Arrival]
        var ready: [UInt64]
        var duplicates: UInt64

        static let all = [
            DuplicateCase(
                testDescription: "at or below the checkpoint", arrivals: [.live(1), .live(5)], ready: [], duplicates: 2),
            DuplicateCase(
                testDescription: "already buffered", arrivals: [.live(7), .live(7)], ready: [], duplicates: 1),
            DuplicateCase(
                testDescription: "live copy, then in replay", arrivals: [.live(6), .replay([6, 7])], ready: [6, 7],
                duplicates: 1),
            DuplicateCase(
                testDescription: "buffered, then in replay", arrivals: [.live(7), .replay([6, 7, 8])],
                ready: [6, 7, 8], duplicates: 1),
            DuplicateCase(
                testDescription: "replayed, then live twice", arrivals: [.replay([6]), .live(6), .live(6)], ready: [6],
                duplicates: 2),
        ]
    }

    /// The three kinds of traffic that carry an epoch, and the `EPOCH` reply.
    enum Traffic: CaseIterable, Sendable {
        case live, heartbeat, batch, epochReply

        /// Feeds one message of this kind (seq or head 1 above the checkpoint) with `epoch`.
        func deliver(to m: inout SubscriptionStateMachine, epoch: String, now: ContinuousClock.Instant)
            -> [SubscriptionStateMachine.Action]
        {
            let next = m.applied + 1
            switch self {
            case .live: return m.receiveLive(epoch: epoch, event(next), now: now)
            case .heartbeat: return m.receiveHeartbeat(epoch: epoch, head: next, now: now)
            case .batch: return m.receiveBatch(epoch: epoch, head: next, events: [event(next)], now: now)
            case .epochReply: return m.receiveEpochMismatch(epoch: epoch, now: now)
            }
        }
    }
}

private func event(_ seq: UInt64) -> StoredEvent {
    StoredEvent(seq: seq, type: "test.ticked", body: Data(#"{"n":\#(seq)}"#.utf8))
}

extension SubscriptionStateMachine {
    /// Takes and commits every ready run, as `SubscriptionLoop` does after each turn; returns the runs and
    /// the actions the commits asked for.
    fileprivate mutating func applyEverythingReady(now: ContinuousClock.Instant) -> (
        runs: [[UInt64]], actions: [Action]
    ) {
        var runs: [[UInt64]] = []
        var actions: [Action] = []
        while true {
            let run = takeReady(max: 100).map(\.seq)
            guard let last = run.last else { return (runs, actions) }
            runs.append(run)
            actions += committed(through: last, now: now)
        }
    }

    /// Plays a publisher whose log is `log`: answers each FETCH with up to `settings.credit` events, applies
    /// what is ready, and lets time pass in heartbeat steps, for at most 200 turns or until all is applied.
    fileprivate mutating func serveFetches(
        _ pending: [Action], log: ClosedRange<UInt64>, from start: ContinuousClock.Instant
    ) {
        var actions = pending
        var now = start
        var turns = 0
        while applied < log.upperBound && turns < 200 {
            turns += 1
            let fetches = actions.compactMap { if case .fetch(let from, _) = $0 { from } else { nil } }
            actions = []
            for from in fetches where log.contains(from) {
                let upper = Swift.min(log.upperBound, from + settings.credit - 1)
                actions += receiveBatch(epoch: "E1", head: log.upperBound, events: (from...upper).map(event), now: now)
            }
            actions += applyEverythingReady(now: now).actions
            now += settings.heartbeatInterval
            actions += tick(now: now)
        }
    }
}
