import Contracts
import Foundation
import GRDB
import Glibc
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// Exactly-once across process deaths: real `dropline-probe` processes killed with SIGKILL (F3, F4, F5, F9, F10).
    @Suite(.timeLimit(.minutes(5))) struct StreamChaosTests {
        /// A small deterministic generator, so a failing run can be replayed from its seed.
        struct SeededGenerator: RandomNumberGenerator {
            var state: UInt64
            mutating func next() -> UInt64 {
                state = state &* 6_364_136_223_846_793_005 &+ 1_442_695_040_888_963_407
                return state
            }
        }

        enum Restart: CaseIterable { case sourceFirst, sinkFirst, sinkWhileSourceDown }

        @Test func twentyThousandEventsSurviveRepeatedSigkillsOfPublisherAndSubscriber() async throws {
            let mesh = try MeshHarness()
            let seed = UInt64(Date().timeIntervalSince1970)
            var random = SeededGenerator(state: seed)
            var source = try spawnSource(mesh)
            var sink = try spawnSink(mesh)
            try await waitForHealth(mesh, "probe-source")
            var kills = (source: 0, sink: 0)
            var round = 0
            while try await head(mesh) < 20_000 || kills.source < 3 || kills.sink < 3 {
                round += 1
                let emitting = Task { try? await mesh.emit(1_500, perTransaction: 100, timeout: .seconds(3)) }
                // A random moment within the emission: the point of the test is where the kill lands.
                try await Task.sleep(for: .milliseconds(Int64.random(in: 20...400, using: &random)))
                let victim = Int.random(in: 0..<3, using: &random)  // 0 source, 1 sink, 2 both
                if victim != 1 { _ = await kill9(source); kills.source += 1 }
                if victim != 0 { _ = await kill9(sink); kills.sink += 1 }
                _ = await emitting.value
                switch Restart.allCases.randomElement(using: &random)! {
                case .sourceFirst:
                    if victim != 1 { source = try spawnSource(mesh) }
                    if victim != 0 { sink = try spawnSink(mesh) }
                case .sinkFirst:
                    if victim != 0 { sink = try spawnSink(mesh) }
                    if victim != 1 { source = try spawnSource(mesh) }
                case .sinkWhileSourceDown:  // F9: the sink finds its publisher silent, then it comes back
                    if victim != 0 { sink = try spawnSink(mesh) }
                    if victim != 1 {
                        try await waitForHealth(mesh, "probe-sink")
                        source = try spawnSource(mesh)
                    }
                }
                try await waitForHealth(mesh, "probe-source")
                #expect(round < 200, "seed \(seed): no progress")
                if round >= 200 { break }
            }
            let head = try await head(mesh)
            try await waitUntil("seed \(seed): sink applies all \(head) events", timeout: .seconds(60)) {
                try await mesh.sinkHasExactly(Int(head))
            }
            _ = await source.terminate(grace: .seconds(5))
            _ = await sink.terminate(grace: .seconds(5))
            // F5: a kill inside a transaction consumed no seq: ticks written == events in the outbox == head.
            let store = try DatabaseQueue(path: "\(mesh.statePath)/probe-source.sqlite")
            let (ticks, events) = try await store.read { db in
                (
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM tick") ?? -1,
                    try Int.fetchOne(db, sql: "SELECT COUNT(*) FROM outboxEvent") ?? -1
                )
            }
            #expect(ticks == Int(head) && events == Int(head), "seed \(seed)")
            try store.close()
            await mesh.tearDown()
        }

        @Test func publisherKilledBetweenCommitAndSendLosesNothing() async throws {  // F4
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor(environment: ["DROPLINE_PROBE_KILL_AT": "150:after-commit"])
            // The source dies right after committing tick 150.
            _ = try? await mesh.emit(300, perTransaction: 10, timeout: .seconds(3))
            try await waitUntil("source restarted after its SIGKILL") {
                try await mesh.status().processes.first { $0.name == "probe-source" }?.restarts == 1
            }
            try await waitForHealth(mesh, "probe-source")
            try await mesh.emit(150, perTransaction: 10)
            try await waitUntil("the sink to apply 300 events") { try await mesh.sinkHasExactly(300) }
            await mesh.tearDown()
        }

        // MARK: - Helpers

        func spawnSource(_ mesh: MeshHarness) throws -> ChildProcess {
            try mesh.spawn("dropline-probe", ["source"], name: "probe-source")
        }

        func spawnSink(_ mesh: MeshHarness) throws -> ChildProcess {
            try mesh.spawn("dropline-probe", ["sink"], name: "probe-sink")
        }

        func kill9(_ child: ChildProcess) async -> Termination? {
            try? child.signal(SIGKILL)
            return await child.waitForExit(timeout: .seconds(10))
        }

        func waitForHealth(_ mesh: MeshHarness, _ name: String) async throws {
            try await waitUntil("\(name) answers health") {
                let health = try? await mesh.call(
                    name, "health", Empty(), as: HealthReport.self, timeout: .milliseconds(500))
                return health?.ok == true
            }
        }

        func head(_ mesh: MeshHarness) async throws -> UInt64 {
            let report = try await mesh.call(
                "probe-source", "status", Empty(), as: ServiceStatusReport.self, timeout: .seconds(5))
            return report.publication?.head ?? 0
        }
    }
}
