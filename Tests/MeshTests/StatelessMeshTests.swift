import Contracts
import Foundation
import Glibc
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// A stateless process (`dropline-probe relay`, a `StatelessHost` like the coming gateway) under the real
    /// supervisor: watched through `health` only, so never restarted for publishing no heartbeat; restarted after
    /// SIGKILL and when hung; stopped cleanly by `dropline down`.
    @Suite(.timeLimit(.minutes(3))) struct StatelessMeshTests {
        /// The probe pair and `dropline-probe relay`.
        static var blueprint: MeshBlueprint {
            var blueprint = MeshBlueprint.probePair()
            blueprint.processes.append(.probe("probe-relay", "relay"))
            return blueprint
        }

        /// The supervisor's row for the relay.
        private func relay(_ mesh: MeshHarness) async throws -> ProcessReport? {
            try await mesh.status().processes.first { $0.name == "probe-relay" }
        }

        /// The sink's summary, asked of the relay.
        private func relayedSummary(_ mesh: MeshHarness) async throws -> ProbeSummary {
            try await mesh.call("probe-relay", "probe.relay", Empty(), as: ProbeSummary.self, timeout: .seconds(3))
        }

        @Test func statelessProcessIsWatchedRestartedAndStoppedByTheSupervisor() async throws {
            // Given the probe pair and a relay, with liveness checks from 1 s after a start
            let mesh = try MeshHarness(Self.blueprint, timing: .quick(healthTimeout: .seconds(1)))
            let supervisor = try await mesh.startSupervisor(processes: 3)

            // Its status has no stream, and it reaches the sink through its host's client
            let report = try #require(try await relay(mesh)?.report)
            #expect(report.publication == nil && report.subscriptions.isEmpty && report.domainTime == nil)
            #expect(report.methods == ["clock.progress", "health", "metrics", "probe.relay", "status"])
            try await mesh.emit(100)
            try await waitUntil("the relay to report 100 events applied by the sink") {
                try await relayedSummary(mesh).isExactlyOnce(expected: 100)
            }

            // The operator's commands take it in their stride
            let (statusExit, table) = try await mesh.runCLI(["status"])
            #expect(statusExit == .exited(0))
            #expect(table.contains { $0.hasPrefix("probe-relay") && $0.contains("running") })
            let (lettersExit, letters) = try await mesh.runCLI(["deadletters"])
            #expect(lettersExit == .exited(0) && letters == ["No dead letters."])

            // It answers every liveness check for 15 heartbeat intervals, and is not restarted for lacking a stream
            let watchedUntil = ContinuousClock.now + .seconds(3)
            while ContinuousClock.now < watchedUntil {
                let row = try #require(try await relay(mesh))
                #expect(row.state == "running" && row.restarts == 0 && row.missedHealthChecks == 0)
                try await Task.sleep(for: .milliseconds(200))
            }

            // When it is SIGKILLed, the supervisor starts it again and it answers as before
            let pid = try #require(try await relay(mesh)?.pid)
            kill(pid, SIGKILL)
            try await waitUntil("the relay restarted") {
                let row = try await relay(mesh)
                return row?.restarts == 1 && row?.pid != pid && row?.report != nil
            }
            #expect(try await relayedSummary(mesh).isExactlyOnce(expected: 100))

            // When it hangs (alive, answering nothing), three missed health checks have it replaced
            let hungPID = try #require(try await relay(mesh)?.pid)
            kill(hungPID, SIGSTOP)
            try await waitUntil("the hung relay replaced") {
                let row = try await relay(mesh)
                return row?.restarts == 2 && row?.pid != hungPID && row?.report != nil
            }
            #expect(!processIsAlive(hungPID))

            // And `dropline down` stops it cleanly with the rest of the mesh
            let newPID = try #require(try await relay(mesh)?.pid)
            let (exit, lines) = try await mesh.runCLI(["down"])
            #expect(exit == .exited(0) && lines == ["Mesh stopped."])
            #expect(await supervisor.waitForExit(timeout: .seconds(15)) == .exited(0))
            #expect(!processIsAlive(newPID))
            let stopped = mesh.output.lines.contains { $0.contains("probe-relay") && $0.contains("Stopped") }
            #expect(stopped, "the relay stopped through its shutdown")
            await mesh.tearDown()
        }
    }
}
