import Foundation

/// An input that was being applied when the process crashed, with every crash it was in flight at since it was last
/// applied to its end (docs/streams.md §4.6). A single event or a request in flight at `threshold` crashes is
/// condemned: the event is set aside as a dead letter, the request refused. A run of events is never condemned as a
/// whole: its events are applied one at a time, so that the next crash names the one at fault.
public struct CrashSuspect: Sendable, Equatable {
    public var input: GuardedInput
    /// Oldest first.
    public var crashes: [Crash]
    /// The executable that crashed on it (the `build` given to `CrashGuard.open`): a request is refused only while
    /// that build runs.
    public var build: String

    public init(input: GuardedInput, crashes: [Crash], build: String) {
        self.input = input
        self.crashes = crashes
        self.build = build
    }

    /// Whether it is set aside (an event) or refused (a request) after `threshold` crashes.
    public func isCondemned(after threshold: Int) -> Bool {
        input.isSingle && crashes.count >= threshold
    }

    /// `the process died 2 times applying it (signal 4 (SIGILL) at …; signal 4 (SIGILL) at …)`.
    public var reason: String {
        "the process died \(crashes.count) times applying it (\(crashes.map(\.description).joined(separator: "; ")))"
    }
}

/// What a start makes of the inputs left in flight by the last run (pure, so that the rules are tested alone).
public enum CrashRecovery {
    /// How long a request that crashed the process once stays a suspect: a client that retries does so within it.
    public static let requestSuspicion: Double = 24 * 3600

    /// The suspects after a start that found `inFlight` left by the last run, which ended by `crash` (nil: it was
    /// killed, or stopped, without a crash record, and the inputs are not counted).
    ///
    /// Each input in flight at the crash counts one more crash: a run of events or a request on top of the crashes
    /// its identical suspect already had; a single event on top of the most of any suspect that covers it (the run
    /// it crashed in last time). A request suspect of another build is dropped, since a new executable may well
    /// apply it, and so is one that crashed once more than `requestSuspicion` ago.
    public static func recover(
        suspects: [CrashSuspect], inFlight: [GuardedInput], crash: Crash?, build: String, now: Double
    ) -> [CrashSuspect] {
        var result = suspects.filter { suspect in
            guard case .request = suspect.input else { return true }
            let lastCrash = suspect.crashes.last?.at.timeIntervalSince1970 ?? 0
            return suspect.build == build && (suspect.crashes.count > 1 || now - lastCrash < requestSuspicion)
        }
        guard let crash else { return result }
        for input in Set(inFlight) {
            let prior =
                result.filter { suspect in
                    if suspect.input == input { return true }
                    guard input.isSingle, case .events(let stream, let epoch, let seq, _) = input else { return false }
                    return suspect.input.covers(stream: stream, epoch: epoch, seq: seq)
                }
                .max { $0.crashes.count < $1.crashes.count }?.crashes ?? []
            let suspect = CrashSuspect(input: input, crashes: prior + [crash], build: build)
            if let index = result.firstIndex(where: { $0.input == input }) {
                result[index] = suspect
            } else {
                result.append(suspect)
            }
        }
        return result
    }
}
