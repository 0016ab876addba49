import Foundation
import Streams
import Testing

/// The crash guard's counting rules (docs/streams.md §4.6) on the pure `CrashRecovery`: what a start makes of the
/// inputs the last run left in flight, with or without a crash record.
@Suite struct CrashRecoveryTests {
    static let crash1 = Crash(signal: 4, at: Date(timeIntervalSince1970: 1_795_000_000))
    static let crash2 = Crash(signal: 4, at: Date(timeIntervalSince1970: 1_795_000_060))
    let run = GuardedInput.events(stream: "probe-source", epoch: "E1", from: 1, through: 20)
    let seven = GuardedInput.event(stream: "probe-source", epoch: "E1", seq: 7)
    let request = GuardedInput.request(method: "probe.emit", digest: "sha256:ab")

    func recover(_ suspects: [CrashSuspect], _ inFlight: [GuardedInput], _ crash: Crash?, build: String = "b1")
        -> [CrashSuspect]
    {
        CrashRecovery.recover(
            suspects: suspects, inFlight: inFlight, crash: crash, build: build,
            now: Self.crash2.at.timeIntervalSince1970 + 1)
    }

    @Test("Poison: a run in flight at a crash becomes a suspect, not condemned")
    func runInFlightAtACrashIsASuspect() {
        let suspects = recover([], [run], Self.crash1)
        #expect(suspects == [CrashSuspect(input: run, crashes: [Self.crash1], build: "b1")])
        #expect(!suspects[0].isCondemned(after: CrashGuard.crashesToSetAside))
    }

    @Test("Poison: an event of that run alone in flight at the next crash is condemned, with both crashes")
    func eventOfTheRunAtTheNextCrashIsCondemned() {
        let first = recover([], [run], Self.crash1)
        let second = recover(first, [seven], Self.crash2)
        let condemned = second.filter { $0.isCondemned(after: 2) }
        #expect(condemned == [CrashSuspect(input: seven, crashes: [Self.crash1, Self.crash2], build: "b1")])
        #expect(condemned[0].reason.hasPrefix("the process died 2 times applying it (signal 4 (SIGILL) at 2026-"))
        #expect(second.contains { $0.input == run }, "the rest of the run is still applied one event at a time")
    }

    @Test("Poison: inputs left by a kill (no crash record) count nothing")
    func killCountsNothing() {
        let first = recover([], [run], Self.crash1)
        #expect(recover(first, [seven], nil) == first)
        #expect(recover([], [request], nil).isEmpty)
    }

    @Test("Poison: a request in flight at two crashes is condemned; a new build forgives it")
    func requestTwiceIsCondemnedUntilANewBuild() {
        let twice = recover(recover([], [request], Self.crash1), [request], Self.crash2)
        #expect(twice.count == 1 && twice[0].isCondemned(after: 2))
        #expect(recover(twice, [], nil, build: "b2").isEmpty)
    }

    @Test("Poison: an event of another stream or epoch gains nothing from a run's crash")
    func otherStreamsAndEpochsAreApart() {
        let first = recover([], [run], Self.crash1)
        let otherEpoch = GuardedInput.event(stream: "probe-source", epoch: "E2", seq: 7)
        let otherStream = GuardedInput.event(stream: "orders", epoch: "E1", seq: 7)
        let second = recover(first, [otherEpoch, otherStream], Self.crash2)
        #expect(!second.contains { $0.isCondemned(after: 2) })
    }

    @Test("Poison: the crash record is read back from the signal handler's line")
    func crashRecordParses() {
        #expect(
            Crash.parse(record: "signal=4 at_ms=1795000000123\n")
                == Crash(
                    signal: 4, at: Date(timeIntervalSince1970: 1_795_000_000.123)))
        #expect(Crash.parse(record: "") == nil)
        #expect(Crash.parse(record: "signal=x at_ms=1") == nil)
        #expect(Self.crash1.description == "signal 4 (SIGILL) at 2026-11-18T11:06:40.000Z")
    }
}
