import Contracts
import Foundation
import Streams
import TestSupport
import Testing

/// The crash guard's markers on a real SQLite file (docs/streams.md §4.6). A crash is played by opening the guard
/// again, as the next run would, while the first one still has its input in flight: the file then holds exactly
/// what a process that died at that moment leaves.
@Suite(.timeLimit(.minutes(1))) struct CrashGuardTests {
    /// Two crashes a minute apart, two minutes ago: a request that crashed once is a suspect for a day.
    static let crash1 = Crash(signal: 4, at: (Date().timeIntervalSince1970 - 120).rounded(.down).date)
    static let crash2 = Crash(signal: 4, at: crash1.at.addingTimeInterval(60))

    @Test("Poison: a batch before the suspects stops short of them")
    func batchStopsShortOfSuspects() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        var second: CrashGuard?
        open(directory, crash: nil).guarding(.events(stream: "s", epoch: "E", from: 40, through: 60)) {
            second = open(directory, crash: Self.crash1)
        }
        #expect(second?.plan(stream: "s", epoch: "E", after: 9, max: 500) == .batch(max: 30))
        #expect(second?.plan(stream: "s", epoch: "E2", after: 9, max: 500) == .batch(max: 500), "another epoch")
    }

    func open(_ directory: TemporaryDirectory, crash: Crash?, build: String = "b1") -> CrashGuard {
        CrashGuard.open(
            storePath: directory.file("store.sqlite"), lastCrash: crash, build: build, store: "probe-sink",
            logger: LogRecorder().logger)
    }

    @Test(
        "Poison: a batch in flight at a crash is applied one event at a time, and its event in flight at the next crash is set aside"
    )
    func batchThenEventThenSetAside() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = open(directory, crash: nil)
        #expect(first.plan(stream: "s", epoch: "E", after: 0, max: 500) == .batch(max: 500))

        // When the process dies while a batch of 1…20 is in flight
        var second: CrashGuard?
        first.guarding(.events(stream: "s", epoch: "E", from: 1, through: 20)) {
            second = open(directory, crash: Self.crash1)
        }
        let restarted = try #require(second)
        // Then the next run applies 1…20 one at a time, and whatever comes after as usual
        #expect(restarted.plan(stream: "s", epoch: "E", after: 0, max: 500) == .single)
        #expect(restarted.plan(stream: "s", epoch: "E", after: 6, max: 500) == .single)

        // When it dies again with event 7 alone in flight
        var third: CrashGuard?
        restarted.guarding(.event(stream: "s", epoch: "E", seq: 7)) { third = open(directory, crash: Self.crash2) }
        let again = try #require(third)
        // Then event 7 is set aside with both crashes, 8…20 are still applied one at a time, and a batch before the
        // suspects stops short of them
        guard case .setAside(let reason, let crashes) = again.plan(stream: "s", epoch: "E", after: 6, max: 500) else {
            Issue.record("event 7 is not set aside")
            return
        }
        #expect(crashes == 2 && reason.contains("died 2 times") && reason.contains(DomainTime.format(Self.crash2.at)))
        again.setAside(stream: "s", seq: 7, type: "probe.ticked", reason: reason)
        #expect(again.plan(stream: "s", epoch: "E", after: 7, max: 500) == .single)
        #expect(again.plan(stream: "s", epoch: "E", after: 20, max: 500) == .batch(max: 500))
        #expect(again.alerts { _, seq in seq == 7 }.first?.hasPrefix("Event s#7 (probe.ticked) was set aside") == true)
        #expect(again.alerts { _, _ in false }.isEmpty, "no alert once the dead letter is retried")
    }

    @Test("Poison: markers left by a kill count nothing, and a returned apply leaves no marker")
    func killAndCleanReturnsCountNothing() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let first = open(directory, crash: nil)
        first.guarding(.events(stream: "s", epoch: "E", from: 1, through: 5)) {}
        #expect(open(directory, crash: Self.crash1).plan(stream: "s", epoch: "E", after: 0, max: 9) == .batch(max: 9))
        var second: CrashGuard?
        first.guarding(.events(stream: "s", epoch: "E", from: 6, through: 9)) { second = open(directory, crash: nil) }
        #expect(second?.plan(stream: "s", epoch: "E", after: 5, max: 9) == .batch(max: 9))
    }

    @Test("Poison: a request in flight at two crashes is refused by that build only")
    func requestRefusedAfterTwoCrashes() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let request = GuardedInput.request(method: "probe.emit", digest: "sha256:13")
        var guardNow = open(directory, crash: nil)
        for crash in [Self.crash1, Self.crash2] {
            #expect(guardNow.refusal(method: "probe.emit", digest: "sha256:13") == nil)
            var next: CrashGuard?
            guardNow.guarding(request) { next = open(directory, crash: crash) }
            guardNow = try #require(next)
        }
        #expect(guardNow.refusal(method: "probe.emit", digest: "sha256:13")?.contains("died 2 times") == true)
        #expect(guardNow.refusal(method: "probe.emit", digest: "sha256:10") == nil)
        #expect(guardNow.alerts { _, _ in true }.first?.hasPrefix("Requests probe.emit with body digest") == true)
        #expect(open(directory, crash: nil, build: "b2").refusal(method: "probe.emit", digest: "sha256:13") == nil)
    }

    @Test("Poison: a request that returns after a crash is no longer a suspect")
    func requestThatReturnsIsForgiven() throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let request = GuardedInput.request(method: "orders.place", digest: "sha256:aa")
        var second: CrashGuard?
        open(directory, crash: nil).guarding(request) { second = open(directory, crash: Self.crash1) }
        let restarted = try #require(second)
        restarted.guarding(request) {}
        var third: CrashGuard?
        restarted.guarding(request) { third = open(directory, crash: Self.crash2) }
        #expect(third?.refusal(method: "orders.place", digest: "sha256:aa") == nil, "one crash since it last returned")
    }
}

extension Double {
    /// Seconds since 1970 as a date.
    fileprivate var date: Date { Date(timeIntervalSince1970: self) }
}
