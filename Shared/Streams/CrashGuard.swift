import Foundation
import GRDB
import Logging
import Metrics
import Synchronization

/// Keeps an input that crashes the process from crashing it forever (docs/streams.md §4.6).
///
/// Before a subscription applies a run of events, and before a request runs, the guard marks the input in flight in
/// a file of its own (`InFlightFile`, one `pwrite`), outside the store's transaction, and clears the mark when the
/// apply returns, whatever it returned. At the next start, marks left by a run that ended in a crash (its crash
/// record says so; a SIGKILL leaves none and counts nothing) make their inputs suspects, kept in another file
/// (`CrashGuardStore`). A suspect run of events is applied one event at a time; an event or a request in flight at
/// `crashesToSetAside` crashes is condemned: the subscription sets the event aside as a dead letter and goes on, the
/// host refuses the request. Suspects go one at a time through a gate, so that the crash that condemns one names it
/// alone.
public final class CrashGuard: Sendable {
    /// Crashes with an input in flight before it is set aside or refused.
    public static let crashesToSetAside = 2

    /// A guard that marks nothing: for subscriptions and routers run without a host (tests).
    public static let disabled = CrashGuard(
        inFlight: nil, queue: nil, suspects: [:], logger: Logger(label: "crash-guard"), store: "")

    private let inFlight: InFlightFile?
    private let queue: DatabaseQueue?
    private let suspects: Mutex<[Int64: CrashSuspect]>
    private let gate = SerialGate()
    private let logger: Logger
    private let metrics: CrashGuardMetrics

    private init(
        inFlight: InFlightFile?, queue: DatabaseQueue?, suspects: [Int64: CrashSuspect], logger: Logger, store: String
    ) {
        self.inFlight = inFlight
        self.queue = queue
        self.suspects = Mutex(suspects)
        self.logger = logger
        metrics = CrashGuardMetrics(store: store)
        metrics.suspects.record(suspects.count)
    }

    /// Opens the guard's files next to the store at `storePath` (`.inflight`, `.guard`) and takes over what the last
    /// run left: the inputs it had in flight count a crash each when it ended by `lastCrash`. `build` names the
    /// executable, which a refused request is tied to. An unreadable suspects file is started afresh; a guard that
    /// cannot be opened at all is disabled with an error logged, since the process must run without it rather than
    /// not at all.
    public static func open(storePath: String, lastCrash: Crash?, build: String, store: String, logger: Logger)
        -> CrashGuard
    {
        do {
            return try make(storePath: storePath, lastCrash: lastCrash, build: build, store: store, logger: logger)
        } catch {
            logger.error("Crash guard file unreadable; starting it afresh", metadata: ["error": "\(error)"])
            for suffix in ["", "-journal", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: storePath + ".guard" + suffix)
            }
            do {
                return try make(storePath: storePath, lastCrash: lastCrash, build: build, store: store, logger: logger)
            } catch {
                logger.error(
                    "Crash guard unavailable: an input that crashes this process will not be set aside",
                    metadata: ["error": "\(error)"])
                return disabled
            }
        }
    }

    private static func make(storePath: String, lastCrash: Crash?, build: String, store: String, logger: Logger)
        throws -> CrashGuard
    {
        let file = try InFlightFile(path: storePath + ".inflight")
        let queue = try CrashGuardStore.open(path: storePath + ".guard")
        let inFlight = file.takeLeftOver()
        let suspects = try queue.write { db in
            let recovered = CrashRecovery.recover(
                suspects: Array(try CrashGuardStore.suspects(in: db).values), inFlight: inFlight, crash: lastCrash,
                build: build, now: Date().timeIntervalSince1970)
            return try CrashGuardStore.replaceSuspects(recovered, in: db)
        }
        let guarded = CrashGuard(inFlight: file, queue: queue, suspects: suspects, logger: logger, store: store)
        let applying = inFlight.map(\.description).joined(separator: ", ")
        if let lastCrash {
            logger.error(
                "The last run crashed",
                metadata: ["crash": "\(lastCrash)", "applying": "\(applying.isEmpty ? "-" : applying)"])
        } else if !inFlight.isEmpty {
            logger.notice(
                "The last run was killed while applying inputs; not counted as a crash",
                metadata: ["applying": "\(applying)"])
        }
        for suspect in suspects.values where suspect.isCondemned(after: crashesToSetAside) {
            if case .request = suspect.input { guarded.metrics.condemnedRequests.increment() }
            logger.error(
                "Input condemned: it is set aside or refused",
                metadata: ["input": "\(suspect.input)", "reason": "\(suspect.reason)"])
        }
        return guarded
    }

    /// Closes the files (the host is handing its store over).
    public func close() {
        inFlight?.close()
        try? queue?.close()
    }

    // MARK: - Streams

    /// How to apply `stream`'s events after `applied`: as usual, the next one alone (a suspect), or not at all (it
    /// is set aside). Suspects the checkpoint has passed, or of another epoch, are forgotten here.
    public func plan(stream: String, epoch: String, after applied: UInt64, max: Int) -> ApplyPlan {
        guard inFlight != nil else { return .batch(max: max) }
        let next = applied + 1
        let (plan, passed) = suspects.withLock { suspects -> (ApplyPlan, [Int64]) in
            var passed: [Int64] = []
            var pending: [CrashSuspect] = []
            for (id, suspect) in suspects {
                guard case .events(stream, let ownEpoch, _, let through) = suspect.input else { continue }
                if ownEpoch != epoch || through < next { passed.append(id) } else { pending.append(suspect) }
            }
            guard !pending.isEmpty else { return (.batch(max: max), passed) }
            let covering = pending.filter { $0.input.covers(stream: stream, epoch: epoch, seq: next) }
            if let condemned = covering.first(where: { $0.isCondemned(after: Self.crashesToSetAside) }) {
                return (.setAside(reason: condemned.reason, crashes: condemned.crashes.count), passed)
            }
            if !covering.isEmpty { return (.single, passed) }
            let nextSuspect = pending.compactMap { suspect -> UInt64? in
                guard case .events(_, _, let from, _) = suspect.input else { return nil }
                return from
            }.min()
            return (.batch(max: nextSuspect.map { Swift.min(max, Int($0 - next)) } ?? max), passed)
        }
        forget(passed)
        return plan
    }

    /// Records that `stream#seq` was set aside as a dead letter with `reason` (after that commit), for `status`.
    public func setAside(stream: String, seq: UInt64, type: String, reason: String) {
        metrics.setAsideEvents.increment()
        logger.error(
            "Event set aside as a dead letter: the process crashed applying it",
            metadata: ["stream": "\(stream)", "seq": "\(seq)", "type": "\(type)", "reason": "\(reason)"])
        write { db in try CrashGuardStore.recordSetAside(stream: stream, seq: seq, type: type, reason: reason, in: db) }
    }

    // MARK: - Requests

    /// Why the request `method` with body digest `digest` is refused, when it crashed the process too often.
    public func refusal(method: String, digest: String) -> String? {
        let input = GuardedInput.request(method: method, digest: digest)
        let reason = suspects.withLock { suspects in
            suspects.values.first { $0.input == input && $0.isCondemned(after: Self.crashesToSetAside) }?.reason
        }
        if reason != nil { metrics.refusals.increment() }
        return reason
    }

    // MARK: - Marking

    /// Runs `apply` with `input` marked in flight (through the gate when it is a suspect). A return or a throw
    /// removes the mark; only a crash leaves it. A request that returns is no longer a suspect.
    public func guarding<Value>(_ input: GuardedInput, _ apply: () throws -> Value) rethrows -> Value {
        guard inFlight != nil else { return try apply() }
        let gated = isSuspect(input) && gate.enter()
        let marker = mark(input)
        defer { settle(input, marker: marker, gated: gated) }
        return try apply()
    }

    /// `guarding` for a task.
    public func guarding<Value>(_ input: GuardedInput, _ apply: () async throws -> Value) async rethrows -> Value {
        guard inFlight != nil else { return try await apply() }
        let gated = isSuspect(input) ? await gate.enter() : false
        let marker = mark(input)
        defer { settle(input, marker: marker, gated: gated) }
        return try await apply()
    }

    private func isSuspect(_ input: GuardedInput) -> Bool {
        suspects.withLock { suspects in suspects.values.contains { $0.input == input || $0.input.overlaps(input) } }
    }

    private func mark(_ input: GuardedInput) -> Int? {
        inFlight?.mark(input)
    }

    private func settle(_ input: GuardedInput, marker: Int?, gated: Bool) {
        if let marker { inFlight?.unmark(marker) }
        if gated { gate.leave() }
        guard case .request = input else { return }
        let cleared = suspects.withLock { suspects in
            suspects.filter { $0.value.input == input && !$0.value.isCondemned(after: Self.crashesToSetAside) }.map(
                \.key)
        }
        forget(cleared)
    }

    // MARK: - Status

    /// The alerts `status` shows: each event set aside that `isDeadLetter` says is still a dead letter, and each
    /// request refused.
    public func alerts(isDeadLetter: (_ stream: String, _ seq: UInt64) throws -> Bool) rethrows -> [String] {
        let events = (try? queue?.read { try CrashGuardStore.setAside(in: $0) }) ?? []
        var alerts = try events.filter { try isDeadLetter($0.stream, $0.seq) }.map { event in
            "Event \(event.stream)#\(event.seq) (\(event.type)) was set aside as a dead letter: \(event.reason)."
        }
        let refused = suspects.withLock { suspects in
            suspects.sorted { $0.key < $1.key }.map(\.value).filter { $0.isCondemned(after: Self.crashesToSetAside) }
        }
        for suspect in refused {
            guard case .request(let method, let digest) = suspect.input else { continue }
            alerts.append("Requests \(method) with body digest \(digest) are refused: \(suspect.reason).")
        }
        return alerts
    }

    // MARK: - The file

    private func forget(_ ids: [Int64]) {
        guard !ids.isEmpty else { return }
        let count = suspects.withLock { suspects in
            for id in ids { suspects[id] = nil }
            return suspects.count
        }
        metrics.suspects.record(count)
        write { db in try CrashGuardStore.removeSuspects(ids, in: db) }
    }

    /// Writes to the guard file; a failure is logged and the input goes on unguarded.
    @discardableResult
    private func write<Value>(_ change: (Database) throws -> Value) -> Value? {
        do {
            return try queue?.write(change)
        } catch {
            logger.warning("Crash guard file write failed", metadata: ["error": "\(error)"])
            return nil
        }
    }
}
