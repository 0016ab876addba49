import Contracts
import Foundation
import Glibc
import ProcessControl
import Streams
import TestSupport
import Testing

extension MeshTests {
    /// F11 with real processes: a publisher whose store is recreated is fenced by its subscriber, which applies
    /// nothing more until an operator runs `dropline streams reset`.
    @Suite(.timeLimit(.minutes(2))) struct FencedStreamTests {
        @Test func recreatedPublisherIsFencedUntilAnOperatorResetsTheStream() async throws {
            let mesh = try MeshHarness()
            var source = try mesh.spawn("dropline-probe", ["source"], name: "probe-source")
            let sink = try mesh.spawn("dropline-probe", ["sink"], name: "probe-sink")
            try await waitUntil("source up") { (try? await mesh.emit(100, timeout: .seconds(1))) != nil }
            try await waitUntil("100 applied") { try await mesh.sinkHasExactly(100) }

            // When the publisher's store is lost and it starts afresh (seq 1… again, new epoch)
            try source.signal(SIGKILL)
            _ = await source.waitForExit(timeout: .seconds(10))
            for suffix in ["", "-wal", "-shm"] {
                try? FileManager.default.removeItem(atPath: "\(mesh.statePath)/probe-source.sqlite\(suffix)")
            }
            source = try mesh.spawn("dropline-probe", ["source"], name: "probe-source")
            try await waitUntil("new source up") { (try? await mesh.emit(50, timeout: .seconds(1))) != nil }

            // Then the sink fences the stream and applies none of the new history
            try await waitUntil("fenced") { try await subscription(mesh)?.phase == .fenced }
            #expect(try await mesh.summary().count == 100)
            #expect(try await subscription(mesh)?.alert?.contains("fenced") == true)

            // When an operator decides to consume the new history from its start
            let (exit, lines) = try await mesh.runCLI([
                "streams", "reset", "probe-sink", "probe-source", "--after", "0",
            ])
            #expect(exit == .exited(0), "\(lines)")
            // Then the 50 new events are applied under the new epoch, and the alert is gone
            try await waitUntil("new history applied") { try await mesh.summary().count == 150 }
            let resumed = try #require(try await subscription(mesh))
            #expect(resumed.applied == 50 && resumed.alert == nil && resumed.phase == .live)
            _ = await sink.terminate(grace: .seconds(5))
            await mesh.tearDown()
        }

        func subscription(_ mesh: MeshHarness) async throws -> SubscriptionStatus? {
            try await mesh.call("probe-sink", "status", Empty(), as: ServiceStatusReport.self)
                .subscriptions.first { $0.stream == "probe-source" }
        }
    }
}
