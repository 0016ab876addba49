import Contracts
import Foundation
import Glibc
import Logging
import MeshConfig
import ProcessControl
import TestSupport
import Testing

extension MeshTests {
    /// The `dropline` executable against a real mesh: output, exit codes, one-line errors.
    @Suite(.timeLimit(.minutes(2))) struct CLITests {
        static let decoder = DomainTime.makeDecoder()

        @Test func statusReplayTailAndClockAgainstARunningMesh() async throws {
            var blueprint = MeshBlueprint.probePair()
            blueprint.clock = .simulated
            let mesh = try MeshHarness(blueprint)
            _ = try await mesh.startSupervisor()
            try await mesh.emit(10)

            let (statusExit, status) = try await mesh.runCLI(["status"])
            #expect(statusExit == .exited(0))
            #expect(status.contains { $0.hasPrefix("probe-source") && $0.contains("running") })
            #expect(status.contains { $0.hasPrefix("probe-sink") && $0.contains("probe-source 0") })

            let (replayExit, replayed) = try await mesh.runCLI([
                "replay", "probe-source", "--from", "5", "--count", "2",
            ])
            #expect(replayExit == .exited(0))
            let ticks = try replayed.map { try Self.decoder.decode(Envelope<ProbeTicked>.self, from: Data($0.utf8)) }
            #expect(ticks.map(\.seq) == [5, 6] && ticks.allSatisfy { $0.type == ProbeTicked.eventType })

            let tailed = OutputLines()
            let tail = try ChildProcess.spawn(
                ChildSpec(
                    name: "tail", executable: "\(MeshHarness.binaries)/dropline",
                    arguments: ["tail", "probe-source", "--config", mesh.configFile]),
                sink: { tailed.append($0) }, logger: Logger(label: "mesh-test"))
            try await waitUntil("tail follows new events") {
                _ = try await mesh.emit(1)
                return tailed.lines.contains { line in
                    let json = line.drop(while: { $0 != "{" })
                    return (try? Self.decoder.decode(Envelope<ProbeTicked>.self, from: Data(json.utf8))) != nil
                }
            }
            try tail.signal(SIGINT)
            #expect(await tail.waitForExit(timeout: .seconds(10)) == .exited(0))

            let (advanceExit, advanced) = try await mesh.runCLI(["clock", "advance", "8h"])
            #expect(advanceExit == .exited(0))
            #expect(advanced == ["2026-11-22T08:00:00.000Z (simulated)"])
            try await waitUntil("the sink sees the new domain time") {
                let report = try await mesh.status().processes.first { $0.name == "probe-sink" }?.report
                return report?.domainTime == DomainTime.parse("2026-11-22T08:00:00.000Z")
            }
            await mesh.tearDown()
        }

        @Test func badInputExitsTwoWithOneLine() async throws {
            let mesh = try MeshHarness()
            let cases: [([String], String)] = [
                (
                    ["clock", "advance", "8x"],
                    #"dropline: duration: must be a positive duration such as 8h, 90m or 1d12h, got "8x" (invalid_request)"#
                ),
                (["scale", "probe-sink", "0"], "dropline: instances must be between 1 and 64, got 0"),
                (["status", "--set", "streams.batch_max=0"], "dropline: config key 'streams.batch_max'"),
                (["replay", "probe-source", "--from", "0"], "dropline: --from must be at least 1"),
            ]
            for (arguments, expected) in cases {
                let (exit, lines) = try await mesh.runCLI(arguments)
                #expect(exit == .exited(2), "\(arguments)")
                #expect(lines.count == 1 && lines[0].hasPrefix(expected), "\(arguments): \(lines)")
            }
            await mesh.tearDown()
        }

        @Test func commandsAgainstAStoppedMeshFailWithOneLine() async throws {
            let mesh = try MeshHarness()
            let (exit, lines) = try await mesh.runCLI(["status"])
            #expect(exit == .exited(1))
            #expect(lines.count == 1 && lines[0].contains("is the service running?"))
            await mesh.tearDown()
        }
    }
}
