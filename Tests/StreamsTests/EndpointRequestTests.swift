import Contracts
import Foundation
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// The ROUTER side of a publisher faced with bad or unusual requests: it answers each with a reason and
/// keeps serving (a malformed message never crashes a service).
@Suite(.serialized, .timeLimit(.minutes(1))) struct EndpointRequestTests {
    @Test func badRequestsAreAnsweredWithReasonsAndServingContinues() async throws {
        // Given a publisher with 5 events and a raw DEALER
        let directory = try TemporaryDirectory()
        let context = try ZMQContext()
        let publisher = try await TestPublisher(
            store: directory.file("pub.sqlite"), rpc: directory.ipc("pub.rpc"), pub: directory.ipc("pub.pub"),
            context: context)
        try publisher.emit(5)
        let epoch = publisher.outbox.epoch
        let replies = try await exchange(
            endpoint: directory.ipc("pub.rpc"), context: context,
            requests: [
                [Data("NONSENSE".utf8)],
                [Data("FETCH".utf8), Data("probe".utf8)],
                StreamWire.fetch(stream: "other", epoch: "", from: 1, credit: 10),
                StreamWire.fetch(stream: "probe", epoch: "not-the-epoch", from: 1, credit: 10),
                StreamWire.rpcRequest(requestID: "r1", method: "x", body: Data(count: 2 << 20)),
                StreamWire.fetch(stream: "probe", epoch: epoch, from: 4, credit: 10),
            ])
        // Then each gets its answer, and the last (valid) FETCH is served after all the bad ones
        #expect(replies[0] == .error("malformed message: unknown request kind"))
        #expect(replies[1] == .error("malformed message: FETCH is not stream, epoch, from:u64be, credit:u64be"))
        #expect(replies[2] == .error("this service does not publish stream other"))
        #expect(replies[3] == .epochMismatch(stream: "probe", epoch: epoch))
        guard case .rpc("r1", false, let body) = replies[4] else { Issue.record("\(replies[4])"); return }
        #expect(String(decoding: body, as: UTF8.self).contains("exceeds max_message_bytes"))
        guard case .events("probe", epoch, 5, 1, let events) = replies[5] else { Issue.record("\(replies[5])"); return }
        #expect(events.map(\.seq) == [4, 5])
        #expect(publisher.endpoint.status?.refusedRequests == 2)
        await publisher.stop()
        context.terminate()
        directory.remove()
    }

    /// Sends each request from a DEALER on its own thread and collects one parsed reply per request.
    func exchange(endpoint: String, context: ZMQContext, requests: [[Data]]) async throws -> [StreamWire.Reply] {
        try await withCheckedThrowingContinuation { continuation in
            _ = SocketThread(name: "dealer") { _ in
                do {
                    let dealer = try ZMQSocket(context, type: .dealer)
                    defer { dealer.close() }
                    try dealer.set(.receiveTimeout(milliseconds: 5_000))
                    try dealer.connect(endpoint)
                    var replies: [StreamWire.Reply] = []
                    for request in requests {
                        try dealer.send(request)
                        guard let frames = try dealer.receive() else { throw TestFailure(message: "no reply") }
                        replies.append(try StreamWire.parseReply(frames).get())
                    }
                    continuation.resume(returning: replies)
                } catch {
                    continuation.resume(throwing: error)
                }
            }
        }
    }
}
