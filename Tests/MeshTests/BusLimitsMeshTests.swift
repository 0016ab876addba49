import Contracts
import Foundation
import Glibc
import MeshConfig
import TestSupport
import Testing

extension MeshTests {
    /// Finding 6: the XPUB had no message-size limit (a 200 MB subscription frame, or 490k subscriptions in 10 s,
    /// took a publisher to 1 GB). Every socket now drops a peer that announces a frame beyond its limit before
    /// reading it, and a publisher bounds the subscriptions it reads and keeps.
    @Suite(.timeLimit(.minutes(3))) struct BusLimitsMeshTests {
        @Test("Finding 6: a 25 MB frame to a ROUTER and to an XPUB drops the peer, not the process")
        func oversizedFramesAreDropped() async throws {
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor()
            try await mesh.emit(100)
            try await waitUntil("the sink to apply 100 events") { try await mesh.sinkHasExactly(100) }
            let source = try #require(try await mesh.pid(of: "probe-source"))
            let instance = try #require(mesh.configuration.instance(named: "probe-source"))
            let before = try #require(residentBytes(of: source))

            // A peer announces a 25 MB frame to each socket, and sends it whole if it may
            let size = 25 << 20
            for (endpoint, type) in [(instance.rpcEndpoint, "DEALER"), (instance.publishEndpoint, "SUB")] {
                let peer = try ZMTPPeer(ipc: endpoint, socketType: type)
                var sent = 0
                do {
                    try peer.write(ZMTPPeer.frameHeader(announcing: UInt64(size)) + [1])
                    let chunk = [UInt8](repeating: 0x61, count: 1 << 20)
                    while sent < size - 1 {
                        try peer.write(Array(chunk.prefix(size - 1 - sent)))
                        sent += min(chunk.count, size - 1 - sent)
                    }
                } catch {}  // the process hung up: what a limit does
                #expect(peer.closedByPeer(within: .seconds(5)), "\(type) peer of \(endpoint) still connected")
                #expect(sent < size - 1, "the \(type) frame was read whole")
            }

            // The process is the same, it did not grow by the frames, and it still serves its stream
            #expect(try await mesh.pid(of: "probe-source") == source)
            let after = try #require(residentBytes(of: source))
            #expect(after - before < 10 << 20, "RSS grew from \(before) to \(after) bytes")
            try await mesh.emit(100)
            try await waitUntil("the sink to apply 200 events") { try await mesh.sinkHasExactly(200) }
            await mesh.tearDown()
        }

        @Test("Finding 6: a flood of subscriptions leaves the publisher serving, its memory bounded")
        func subscriptionFloodIsBounded() async throws {
            let mesh = try MeshHarness()
            _ = try await mesh.startSupervisor()
            try await mesh.emit(100)
            try await waitUntil("the sink to apply 100 events") { try await mesh.sinkHasExactly(100) }
            let source = try #require(try await mesh.pid(of: "probe-source"))
            let endpoint = try #require(mesh.configuration.instance(named: "probe-source")).publishEndpoint
            let before = try #require(residentBytes(of: source))

            // 490,000 subscriptions to topics that match nothing, 100 bytes each (the finding sent as many in
            // 10 s), reconnecting whenever dropped, while the source keeps publishing
            let flood = Task.detached { try Self.flood(endpoint, subscriptions: 490_000, within: .seconds(60)) }
            var emitted = 100
            while emitted < 2_000 {
                try await mesh.emit(100)
                emitted += 100
            }
            let sent = try await flood.value
            #expect(sent == 490_000)

            // Then the source is the same process, serves RPCs and its stream, and its memory stayed bounded
            #expect(try await mesh.pid(of: "probe-source") == source)
            let after = try #require(residentBytes(of: source))
            #expect(after - before < 24 << 20, "RSS grew from \(before) to \(after) bytes")
            try await mesh.emit(100)
            try await waitUntil("the sink to apply every event exactly once", timeout: .seconds(30)) {
                try await mesh.sinkHasExactly(emitted + 100)
            }
            #expect(mesh.output.lines.contains { $0.contains("Subscription flood: publish socket reset") })
            await mesh.tearDown()
        }

        /// Sends `subscriptions` distinct subscription frames to `endpoint`, reconnecting whenever the publisher
        /// drops the connection; returns how many were written.
        static func flood(_ endpoint: String, subscriptions: Int, within limit: Duration) throws -> Int {
            let deadline = ContinuousClock.now + limit
            let padding = String(repeating: "z", count: 90)
            var sent = 0
            while sent < subscriptions && ContinuousClock.now < deadline {
                guard let peer = try? ZMTPPeer(ipc: endpoint, socketType: "SUB") else {
                    Thread.sleep(forTimeInterval: 0.01)
                    continue
                }
                do {
                    while sent < subscriptions {
                        var batch: [UInt8] = []
                        for index in sent..<min(sent + 500, subscriptions) {
                            batch += ZMTPPeer.subscription("flood-\(index)-\(padding)")
                        }
                        try peer.write(batch)
                        sent = min(sent + 500, subscriptions)
                    }
                } catch {
                    continue  // dropped by a reset: connect again
                }
            }
            return sent
        }
    }
}
