import Contracts
import Foundation
import Glibc
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// The supervisor with real child processes: start, status, restart after SIGKILL, crash-loop backoff,
    /// a hung child, ordered shutdown without orphans, scaling, bad config.
    @Suite(.timeLimit(.minutes(3))) struct SupervisorMeshTests {
        @Test func meshStartsAndAStreamFlowsExactlyOnce() async throws {
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor()
            try await mesh.emit(2_000)
            try await waitUntil("the sink to apply 2,000 events") { try await mesh.sinkHasExactly(2_000) }
            try await waitUntil("the source's status to show head 2,000") {
                try await mesh.status().processes.first { $0.name == "probe-source" }?.report?.publication?.head
                    == 2_000
            }
            let status = try await mesh.status()
            let source = try #require(status.processes.first { $0.name == "probe-source" })
            #expect(source.state == "running")
            let sink = try #require(status.processes.first { $0.name == "probe-sink" })
            #expect(sink.report?.subscriptions.first?.stream == "probe-source")
            await mesh.tearDown()
        }

        @Test func sigkilledChildIsRestartedAndCatchesUp() async throws {  // F3 through the supervisor
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor()
            try await mesh.emit(1_000)
            for round in 1...3 {
                let pid = try #require(try await mesh.pid(of: "probe-sink"))
                kill(pid, SIGKILL)
                try await mesh.emit(1_000)
                try await waitUntil("sink restarted (round \(round))") {
                    let sink = try await mesh.status().processes.first { $0.name == "probe-sink" }
                    return sink?.restarts == round && sink?.pid != pid && sink?.report != nil
                }
            }
            try await waitUntil("the sink to apply 4,000 events", timeout: .seconds(30)) {
                try await mesh.sinkHasExactly(4_000)
            }
            await mesh.tearDown()
        }

        @Test func childThatExitsAtOnceBacksOffAndIsReportedCrashLooping() async throws {
            let mesh = try MeshHarness(
                MeshBlueprint(processes: [MeshBlueprint.Process("broken", executable: "/bin/false")]))
            let supervisor = try mesh.spawn("dropline-supervisor", [], name: "supervisor")
            try await waitUntil("crash loop reported", timeout: .seconds(30)) {
                guard let broken = try? await mesh.status().processes.first(where: { $0.name == "broken" }) else {
                    return false
                }
                return broken.crashLooping && broken.restarts >= 4 && broken.lastExit?.contains("code 1") == true
            }
            _ = await supervisor.terminate(grace: .seconds(10))
            await mesh.tearDown()
        }

        @Test func hungChildIsKilledAfterThreeSilentHeartbeatsAndRestarted() async throws {
            let mesh = try MeshHarness(timing: .quick(healthTimeout: .seconds(1)))
            _ = try await mesh.startSupervisor()
            let pid = try #require(try await mesh.pid(of: "probe-sink"))
            kill(pid, SIGSTOP)  // alive, but answers nothing
            try await waitUntil("the hung sink replaced", timeout: .seconds(30)) {
                let sink = try await mesh.status().processes.first { $0.name == "probe-sink" }
                return sink?.pid != nil && sink?.pid != pid && sink?.report != nil
            }
            #expect(!processIsAlive(pid))
            await mesh.tearDown()
        }

        @Test func sigtermStopsEveryChildInReverseOrderWithoutOrphans() async throws {
            let mesh = try MeshHarness()
            let supervisor = try await mesh.startSupervisor()
            let pids = try await mesh.status().processes.compactMap(\.pid)
            #expect(pids.count == 2)
            try supervisor.signal(SIGTERM)
            let termination = try #require(await supervisor.waitForExit(timeout: .seconds(15)))
            #expect(termination == .exited(0))
            for pid in pids { #expect(!processIsAlive(pid), "child \(pid) outlived the supervisor") }
            let stops = mesh.log.split(separator: "\n").filter { $0.contains("] Stopped") || $0.contains("Stopped") }
            let sinkStop = stops.firstIndex { $0.contains("probe-sink") }
            let sourceStop = stops.firstIndex { $0.contains("probe-source") }
            #expect(sinkStop != nil && sourceStop != nil && sinkStop! < sourceStop!, "sink stops before source")
            await mesh.tearDown()
        }

        @Test func childrenExitWhenTheSupervisorIsKilled() async throws {
            let mesh = try MeshHarness()
            let supervisor = try await mesh.startSupervisor()
            let pids = try await mesh.status().processes.compactMap(\.pid)
            try supervisor.signal(SIGKILL)
            try await waitUntil("children gone after the supervisor died", timeout: .seconds(10)) {
                pids.allSatisfy { !processIsAlive($0) }
            }
            await mesh.tearDown()
        }

        @Test func workerGroupScalesUpAndDownAtRunTime() async throws {
            var blueprint = MeshBlueprint.probePair()
            blueprint.processes[1].instances = 2
            let mesh = try MeshHarness(blueprint)
            _ = try await mesh.startSupervisor(processes: 3)
            try await mesh.emit(500)
            _ = try await mesh.call(
                "supervisor", "supervisor.scale", ScaleRequest(service: "probe-sink", instances: 3),
                as: MeshStatus.self, timeout: .seconds(30))
            try await mesh.emit(500)
            for sink in ["probe-sink.1", "probe-sink.2", "probe-sink.3"] {
                try await waitUntil("\(sink) to apply 1,000") { try await mesh.sinkHasExactly(1_000, sink: sink) }
            }
            _ = try await mesh.call(
                "supervisor", "supervisor.scale", ScaleRequest(service: "probe-sink", instances: 1),
                as: MeshStatus.self, timeout: .seconds(30))
            let names = try await mesh.status().processes.map(\.name)
            #expect(names == ["probe-source", "probe-sink.1"])
            await mesh.tearDown()
        }

        @Test func badConfigValueExitsTwoWithOneLineNamingTheKey() async throws {
            let mesh = try MeshHarness()
            let supervisor = try mesh.spawn(
                "dropline-supervisor", ["--set", "streams.heartbeat_ms=abc"], name: "supervisor")
            let termination = await supervisor.waitForExit(timeout: .seconds(20))
            #expect(termination == .exited(2))
            let lines = mesh.log.split(separator: "\n")
            #expect(lines.count == 1)
            #expect(
                lines.first?.contains("config key 'streams.heartbeat_ms': expected a positive integer, got \"abc\"")
                    == true
            )
            await mesh.tearDown()
        }
    }
}
