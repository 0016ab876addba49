import Contracts
import Foundation
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// The crash guard with real processes under the real supervisor (docs/streams.md §4.6): a probe that traps on
    /// purpose, on an event it applies or on a request it answers, as a Swift runtime trap would (an overflow, a
    /// force unwrap). The first crash restarts it; the second sets the event aside, or refuses the request, and the
    /// process goes on.
    @Suite(.timeLimit(.minutes(3))) struct PoisonMeshTests {
        @Test("Poison: a sink that traps on an event sets it aside at its second crash and applies the rest")
        func sinkTrappingOnAnEventSetsItAsideAndGoesOn() async throws {
            // Given a sink that traps applying tick 7
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor(environment: ["DROPLINE_PROBE_TRAP_TICK": "7"])

            // When the source publishes 20 ticks in one transaction
            try await mesh.emit(20)

            // Then the sink crashes twice (the batch, then tick 7 alone), sets tick 7 aside, and applies the rest
            try await waitUntil("19 applied after two restarts", timeout: .seconds(60)) {
                let summary = try? await mesh.summary()
                return summary?.count == 19 && summary?.lastSeq == 20
            }
            let sink = try #require(try await mesh.status().processes.first { $0.name == "probe-sink" })
            #expect(sink.restarts == 2 && sink.lastExit?.contains("signal") == true, "\(mesh.log)")
            let letters = try await mesh.call("probe-sink", "deadletters.list", Empty(), as: [DeadLetter].self)
            #expect(letters.count == 1)
            let letter = try #require(letters.first)
            #expect(letter.stream == "probe-source" && letter.seq == 7 && letter.type == ProbeTicked.eventType)
            #expect(letter.error.hasPrefix("the process died 2 times applying it (signal "), "\(letter.error)")
            #expect(letter.attempts == 2)

            // And its status shows the alert, and its metrics count it
            let report = try #require(sink.report)
            #expect(report.deadLetters == 1)
            #expect(
                report.alerts?.contains { $0.hasPrefix("Event probe-source#7 (probe.ticked) was set aside") } == true)
            let metrics = try await mesh.client("probe-sink").call("metrics", timeout: .seconds(3))
            #expect(
                String(decoding: metrics, as: UTF8.self).contains(
                    #"dropline_poison_inputs_total{store="probe-sink",kind="event"} 1"#))
            let (exit, lines) = try await mesh.runCLI(["status"])
            #expect(exit == .exited(0) && lines.contains { $0.contains("probe-sink: ALERT Event probe-source#7") })

            // And events after it are applied as usual, without another crash
            try await mesh.emit(10)
            try await waitUntil("29 applied") { try await mesh.summary().count == 29 }
            #expect(try await mesh.status().processes.first { $0.name == "probe-sink" }?.restarts == 2)
            await mesh.tearDown()
        }

        @Test("Poison: a request that crashed the process twice is refused, and other requests are served")
        func requestThatCrashedTwiceIsRefused() async throws {
            // Given a source that traps on a probe.emit of 13 ticks
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor(environment: ["DROPLINE_PROBE_TRAP_EMIT": "13"])
            try await mesh.emit(5)

            // When a client sends that request twice, and the source dies each time
            for crash in 1...2 {
                _ = try? await mesh.emit(13, timeout: .seconds(3))
                try await waitUntil("source restarted after crash \(crash)", timeout: .seconds(30)) {
                    let source = try await mesh.status().processes.first { $0.name == "probe-source" }
                    return source?.restarts == crash && source?.report != nil
                }
            }

            // Then the third time it is refused with a clear error, without a crash
            do {
                try await mesh.emit(13)
                Issue.record("the poison request was applied")
            } catch RPCCallError.failed(let failure) {
                #expect(failure.code == "poison_request")
                #expect(failure.message.contains("the process died 2 times applying it"), "\(failure.message)")
            }
            // And another request is served, and status shows the refusal
            #expect(try await mesh.emit(10) == 15)
            let source = try #require(try await mesh.status().processes.first { $0.name == "probe-source" })
            #expect(source.restarts == 2)
            #expect(
                source.report?.alerts?.contains { $0.hasPrefix("Requests probe.emit with body digest sha256:") } == true
            )
            await mesh.tearDown()
        }
    }
}
