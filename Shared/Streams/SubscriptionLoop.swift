import Contracts
import Foundation
import GRDB
import Logging
import Metrics
import ZeroMQBus

/// The body of a `Subscription`'s thread: sockets, state machine and applier, one turn at a time.
struct SubscriptionLoop {
    let subscription: Subscription
    let thread: SocketThread
    private let clock = ContinuousClock()

    init(subscription: Subscription, thread: SocketThread) {
        self.subscription = subscription
        self.thread = thread
    }

    private var source: Subscription.Source { subscription.source }
    private var options: Subscription.Options { subscription.options }

    func run() throws {
        let sub = try ZMQSocket(subscription.context, type: .sub)
        try sub.set(.receiveHighWaterMark(options.receiveHighWaterMark))
        try sub.connect(source.publishEndpoint)
        try sub.subscribe(source.stream)
        let dealer = try ZMQSocket(subscription.context, type: .dealer)
        try dealer.set(.heartbeat(intervalMilliseconds: 1000, timeoutMilliseconds: 5000))
        try dealer.connect(source.rpcEndpoint)
        defer {
            sub.close()
            dealer.close()
        }

        let stored = try subscription.applier.writer.read { db in
            (try Checkpoint.load(db, stream: source.stream), try DeadLetters.count(db, stream: source.stream))
        }
        var machine = SubscriptionStateMachine(
            stream: source.stream, epoch: stored.0?.epoch, applied: stored.0?.lastSeq ?? 0,
            settings: .init(heartbeatInterval: options.heartbeatInterval, credit: options.credit), now: clock.now)
        var refused: UInt64 = 0
        var deadLetters = stored.1
        var lagging = false
        var failure: String?
        var lastAck: (seq: UInt64, at: ContinuousClock.Instant) = (machine.applied, clock.now)
        perform(machine.start(now: clock.now), dealer: dealer, machine: machine)

        var poller = ZMQPoller()
        poller.add(sub)
        poller.add(dealer)
        while thread.isRunning {
            try poller.poll(timeoutMilliseconds: 50)
            var actions: [SubscriptionStateMachine.Action] = []
            var drained = 0
            while drained < options.batchMax * 2, let frames = try sub.receive(dontWait: true) {
                drained += 1
                switch StreamWire.parsePublished(frames) {
                case .success(.event(let stream, let epoch, let event)) where stream == source.stream:
                    actions += machine.receiveLive(epoch: epoch, event, now: clock.now)
                case .success(.heartbeat(let stream, let epoch, let head, _)) where stream == source.stream:
                    actions += machine.receiveHeartbeat(epoch: epoch, head: head, now: clock.now)
                case .success:
                    break  // another stream sharing our prefix
                case .failure(let error):
                    refused += 1
                    subscription.metrics.refused.increment()
                    subscription.logger.warning(
                        "Refused bus message", metadata: ["stream": "\(source.stream)", "error": "\(error)"])
                }
            }
            while let frames = try dealer.receive(dontWait: true) {
                actions += handleReply(frames, machine: &machine, refused: &refused)
            }
            actions += machine.tick(now: clock.now)
            perform(actions, dealer: dealer, machine: machine)
            deadLetters += applyReady(&machine, dealer: dealer, failure: &failure)
            if machine.applied > lastAck.seq && clock.now - lastAck.at >= options.heartbeatInterval {
                _ = try? dealer.send(
                    StreamWire.acknowledge(stream: source.stream, subscriber: options.subscriber, seq: machine.applied),
                    dontWait: true)
                lastAck = (machine.applied, clock.now)
            }
            publishStatus(machine, refused: refused, deadLetters: deadLetters, failure: failure, wasLagging: &lagging)
        }
    }

    private func handleReply(
        _ frames: [Data], machine: inout SubscriptionStateMachine, refused: inout UInt64
    ) -> [SubscriptionStateMachine.Action] {
        switch StreamWire.parseReply(frames) {
        case .success(.events(let stream, let epoch, let head, _, let events)) where stream == source.stream:
            return machine.receiveBatch(epoch: epoch, head: head, events: events, now: clock.now)
        case .success(.gone(let stream, _, let oldest)) where stream == source.stream:
            return machine.receiveGone(oldest: oldest, now: clock.now)
        case .success(.epochMismatch(let stream, let epoch)) where stream == source.stream:
            return machine.receiveEpochMismatch(epoch: epoch, now: clock.now)
        case .success(.error(let reason)):
            subscription.logger.warning(
                "Publisher refused request", metadata: ["stream": "\(source.stream)", "error": "\(reason)"])
            return []
        case .success:
            return []
        case .failure(let error):
            refused += 1
            subscription.metrics.refused.increment()
            subscription.logger.warning(
                "Refused replay reply", metadata: ["stream": "\(source.stream)", "error": "\(error)"])
            return []
        }
    }

    /// Applies every ready run as the crash guard plans it (as usual, one suspect event alone, or a condemned event
    /// set aside); returns how many events were dead-lettered. `failure` keeps why the last run could not be written.
    private func applyReady(
        _ machine: inout SubscriptionStateMachine, dealer: ZMQSocket, failure: inout String?
    ) -> Int {
        var deadLettered = 0
        let guarded = subscription.crashGuard
        while thread.isRunning, let epoch = machine.epoch {
            let plan = guarded.plan(
                stream: source.stream, epoch: epoch, after: machine.applied, max: options.batchMax)
            let batch = machine.takeReady(max: plan.count)
            guard let first = batch.first, let last = batch.last else { break }
            do {
                let outcome: BatchApplier.Outcome
                if case .setAside(let reason, let crashes) = plan {
                    outcome = try subscription.applier.setAside(
                        first, epoch: epoch, expected: machine.applied, reason: reason, crashes: crashes)
                    if case .applied = outcome {
                        guarded.setAside(stream: source.stream, seq: first.seq, type: first.type, reason: reason)
                    }
                } else {
                    let input = GuardedInput.events(
                        stream: source.stream, epoch: epoch, from: first.seq, through: last.seq)
                    outcome = try guarded.guarding(input) {
                        try subscription.applier.apply(batch, epoch: epoch, expected: machine.applied)
                    }
                }
                failure = nil
                switch outcome {
                case .applied(let through, let dead):
                    deadLettered += dead
                    subscription.metrics.applied(count: batch.count, deadLettered: dead)
                    perform(machine.committed(through: through, now: clock.now), dealer: dealer, machine: machine)
                case .halted(let through, let seq, let reason):
                    _ = machine.committed(through: through, now: clock.now)
                    perform(machine.halt(at: seq, reason: reason), dealer: dealer, machine: machine)
                }
            } catch StreamError.checkpointConflict {
                let stored = try? subscription.applier.writer.read { try Checkpoint.load($0, stream: source.stream) }
                subscription.logger.warning(
                    "Checkpoint moved by another applier", metadata: ["stream": "\(source.stream)"])
                perform(
                    machine.reload(epoch: stored?.epoch, applied: stored?.lastSeq ?? 0, now: clock.now),
                    dealer: dealer, machine: machine)
            } catch {
                // Transient (busy, I/O, disk full, read-only): put the batch back and retry on a later turn; never
                // skip. The host hears of it (its store alert), and the log keeps one line a minute of it.
                machine.requeue(batch)
                subscription.writeFailed(error)
                failure = "\(error)"
                subscription.logger.warning(
                    "Apply failed; will retry", metadata: ["stream": "\(source.stream)", "error": "\(error)"])
                break
            }
        }
        return deadLettered
    }

    private func perform(
        _ actions: [SubscriptionStateMachine.Action], dealer: ZMQSocket, machine: SubscriptionStateMachine
    ) {
        for action in actions {
            switch action {
            case .fetch(let from, let epoch):
                let frames = StreamWire.fetch(stream: source.stream, epoch: epoch, from: from, credit: options.credit)
                _ = try? dealer.send(frames, dontWait: true)
            case .alert(let alert):
                subscription.metrics.alerts.increment()
                subscription.logger.error(
                    "Stream alert", metadata: ["stream": "\(source.stream)", "alert": "\(alert)"])
            case .alertCleared:
                subscription.logger.notice("Stream alert cleared", metadata: ["stream": "\(source.stream)"])
            }
        }
    }

    private func publishStatus(
        _ machine: SubscriptionStateMachine, refused: UInt64, deadLetters: Int, failure: String?,
        wasLagging: inout Bool
    ) {
        subscription.metrics.lag.record(Int64(machine.lag))
        let lagging = machine.lag > options.lagAlarmEvents
        let alert: String? =
            if let stopped = machine.stopped { stopped.description } else if let failure {
                "Stream \(source.stream) cannot be applied after seq \(machine.applied): \(failure); retrying."
            } else if machine.suspect {
                SubscriptionAlert.suspect(stream: source.stream).description
            } else if lagging {
                "Stream \(source.stream) is \(machine.lag) events behind (alarm above \(options.lagAlarmEvents))."
            } else { nil }
        if lagging != wasLagging {
            wasLagging = lagging
            subscription.logger.warning(
                lagging ? "Subscription lagging" : "Subscription caught up",
                metadata: ["stream": "\(source.stream)", "lag": "\(machine.lag)"])
        }
        subscription.report { status in
            status.alert = alert
            status.phase = machine.phase
            status.epoch = machine.epoch
            status.applied = machine.applied
            status.knownHead = machine.knownHead
            status.lag = machine.lag
            status.counters = machine.counters
            status.refused = refused
            status.deadLetters = deadLetters
        }
    }
}
