import Glibc
import ProcessControl
import Testing

/// The child table: restarts, crash loops, run-time changes and ordered stops, with real processes.
@Suite(.timeLimit(.minutes(1)))
struct ChildTableTests {
    let events = Recorder<ChildEvent>()
    let lines = Recorder<String>()

    func makeTable(_ policy: RestartPolicy = RestartPolicy(initialDelay: .milliseconds(10))) -> ChildTable {
        ChildTable(policy: policy, sink: lines.sink, logger: testLogger, onEvent: events.record)
    }

    func status(_ table: ChildTable, _ name: String) -> ChildStatus? {
        table.snapshot().first { $0.name == name }
    }

    @Test func restartsACrashingChildWithGrowingDelaysUntilCrashLooping() async throws {
        let policy = RestartPolicy(
            initialDelay: .milliseconds(20), maximumDelay: .milliseconds(500), crashLoopRestarts: 4)
        let table = makeTable(policy)
        try await table.start([shell("crasher", "echo boom; exit 3")])
        try await waitUntil("crash loop reported") { status(table, "crasher")?.isCrashLooping == true }

        let crashing = try #require(status(table, "crasher"))
        #expect(crashing.restarts == 3)
        #expect(crashing.lastExit?.termination == .exited(3))
        #expect(crashing.backoff == .milliseconds(500))
        guard case .crashLooping = crashing.state else {
            Issue.record("state \(crashing.state) is not crashLooping")
            return
        }
        #expect(events.restartDelays(of: "crasher") == [20, 40, 80, 500].map { .milliseconds($0) })
        #expect(events.all.filter { $0 == .crashLoop(name: "crasher") }.count == 1)
        #expect(lines.all.filter { $0 == "crasher      | boom" }.count == 4)

        await table.stopAll(grace: .seconds(1))
        #expect(status(table, "crasher")?.state == .stopped)
        #expect(events.startedPIDs.allSatisfy { !processExists($0) })
    }

    @Test func restartByNameKillsTheChildAndBringsItBack() async throws {
        let table = makeTable()
        try await table.start([sleeper("worker")])
        let first = try #require(status(table, "worker")?.pid)

        #expect(try table.restart(name: "worker", reason: "stopped answering"))
        try await waitUntil("worker back with a new pid") {
            let now = status(table, "worker")
            return now?.restarts == 1 && now?.state == .running && now?.pid != nil && now?.pid != first
        }
        #expect(status(table, "worker")?.lastExit?.termination == .signaled(SIGKILL))
        #expect(!processExists(first))

        await table.stopAll(grace: .seconds(5))
        #expect(events.startedPIDs.count == 2)
        #expect(events.startedPIDs.allSatisfy { !processExists($0) })
    }

    @Test func stopAllStopsInReverseStartOrderAndLeavesNoProcess() async throws {
        let table = makeTable()
        try await table.start([sleeper("first"), stubborn("second"), sleeper("third")])
        try await waitUntil("second ignores SIGTERM") { lines.all.contains("second       | ready") }
        #expect(table.snapshot().map(\.name) == ["first", "second", "third"])
        #expect(table.snapshot().allSatisfy { $0.state == .running && $0.pid != nil && $0.startedAt != nil })

        let started = ContinuousClock.now
        await table.stopAll(grace: .milliseconds(300))
        #expect(ContinuousClock.now - started < .seconds(5))

        #expect(events.exitedNames == ["third", "second", "first"])
        #expect(events.all.contains(.exited(name: "second", termination: .signaled(SIGKILL))))
        #expect(events.all.contains(.exited(name: "first", termination: .signaled(SIGTERM))))
        #expect(events.restartDelays(of: "first").isEmpty)
        #expect(table.snapshot().allSatisfy { $0.state == .stopped && $0.pid == nil })
        #expect(events.startedPIDs.count == 3)
        #expect(events.startedPIDs.allSatisfy { !processExists($0) })

        await #expect(throws: ProcessControlError.stopped(operation: "add", name: "late")) {
            try await table.add(sleeper("late"))
        }
    }

    @Test func stopAllDuringStartLeavesNoProcess() async throws {
        let table = makeTable()
        async let starting: Void = table.start((1...6).map { sleeper("racer-\($0)") })
        await table.stopAll(grace: .seconds(5))
        do {
            try await starting
        } catch let error as ProcessControlError {
            guard case .stopped(operation: "add", _) = error else { throw error }
        }
        #expect(table.snapshot().allSatisfy { $0.state == .stopped && $0.pid == nil })
        #expect(events.startedPIDs.allSatisfy { !processExists($0) })
    }

    @Test func addsAndRemovesChildrenAtRunTime() async throws {
        let table = makeTable()
        try await table.start([sleeper("worker-1")])
        try await table.add(shell("worker-2", "echo hello; exec /bin/sleep 30"))
        #expect(table.snapshot().map(\.name) == ["worker-1", "worker-2"])
        try await waitUntil("worker-2 says hello") { lines.all == ["worker-2     | hello"] }
        let removed = try #require(status(table, "worker-2")?.pid)

        try await table.remove(name: "worker-2", grace: .seconds(5))
        #expect(table.snapshot().map(\.name) == ["worker-1"])
        #expect(!processExists(removed))
        #expect(events.all.contains(.exited(name: "worker-2", termination: .signaled(SIGTERM))))
        #expect(events.restartDelays(of: "worker-2").isEmpty)

        await #expect(throws: ProcessControlError.unknownChild(operation: "remove", name: "worker-2")) {
            try await table.remove(name: "worker-2", grace: .seconds(1))
        }
        await #expect(throws: ProcessControlError.duplicateChild(operation: "add", name: "worker-1")) {
            try await table.add(sleeper("worker-1"))
        }
        #expect(throws: ProcessControlError.unknownChild(operation: "restart", name: "nobody")) {
            try table.restart(name: "nobody", reason: "test")
        }

        await table.stopAll(grace: .seconds(5))
        #expect(events.startedPIDs.allSatisfy { !processExists($0) })
    }

    @Test func startRejectsDuplicateNamesBeforeStartingAny() async throws {
        let table = makeTable()
        await #expect(throws: ProcessControlError.duplicateChild(operation: "start", name: "twin")) {
            try await table.start([sleeper("twin"), sleeper("other"), sleeper("twin")])
        }
        #expect(table.snapshot().isEmpty)
        #expect(events.all.isEmpty)
    }

    @Test func aFailingSpawnBacksOffAndRetries() async throws {
        let table = makeTable()
        try await table.start([ChildSpec(name: "ghost", executable: "/nonexistent/dropline-ghost")])
        try await waitUntil("two retries") { (status(table, "ghost")?.restarts ?? 0) >= 2 }

        let error = ProcessControlError.spawn(path: "/nonexistent/dropline-ghost", errno: ENOENT)
        #expect(events.all.contains(.spawnFailed(name: "ghost", error: error)))
        #expect(events.restartDelays(of: "ghost").prefix(2) == [.milliseconds(10), .milliseconds(20)])
        await table.stopAll(grace: .seconds(1))
        #expect(status(table, "ghost")?.state == .stopped)
    }

    @Test func restartOfABackingOffChildDoesNothing() async throws {
        let table = makeTable(RestartPolicy(initialDelay: .seconds(20)))
        try await table.start([ChildSpec(name: "once", executable: "/bin/true")])
        try await waitUntil("backing off") {
            if case .backingOff = status(table, "once")?.state { true } else { false }
        }
        #expect(try table.restart(name: "once", reason: "test") == false)
        let started = ContinuousClock.now
        await table.stopAll(grace: .seconds(1))
        #expect(ContinuousClock.now - started < .seconds(5), "stopAll cut the 20 s backoff short")
        #expect(status(table, "once")?.restarts == 0)
    }
}
