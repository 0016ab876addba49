import Contracts
import Foundation
import MeshConfig
import ServiceKit
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// Finding 6: every socket drops a peer that sends a frame beyond `streams.max_frame_bytes`, clients included, so
/// a host answers `too_large` instead of an answer that its client would never receive.
@Suite(.timeLimit(.minutes(1))) struct AnswerSizeTests {
    @Test("Finding 6: an answer beyond max_frame_bytes is refused as too_large, a smaller one goes through")
    func answerBeyondTheFrameLimitIsRefused() async throws {
        let mesh = try StatelessMesh(services: ["gateway"])
        let configuration = try MeshConfiguration.load(
            file: mesh.directory.file("mesh.yaml"), environment: [:],
            overrides: ["streams.max_frame_bytes=65536", "streams.max_message_bytes=65536"])
        var methods = RPCRouter()
        methods.register("gateway.bytes") { body in
            Data(#""\#(String(repeating: "x", count: Int(String(decoding: body, as: UTF8.self)) ?? 0))""#.utf8)
        }
        let gateway = RunningHost(
            try await StatelessHost(name: "gateway", configuration: configuration), methods: methods)
        let client = try mesh.client("gateway")

        let small = try await client.call("gateway.bytes", body: Data("1000".utf8), timeout: .seconds(5))
        #expect(small.count == 1002)
        do {
            _ = try await client.call("gateway.bytes", body: Data("100000".utf8), timeout: .seconds(5))
            Issue.record("a 100 KB answer went through a 64 KiB frame limit")
        } catch RPCCallError.failed(let failure) {
            #expect(failure.code == "too_large")
            #expect(
                failure.message == "the answer is 100002 bytes, more than streams.max_frame_bytes (65536) lets through")
        }
        gateway.stop()
        try await gateway.finished()
        await mesh.tearDown()
    }
}
