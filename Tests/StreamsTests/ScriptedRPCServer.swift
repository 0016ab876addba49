import Foundation
import Streams
import Synchronization
import ZeroMQBus

/// A ROUTER at an endpoint that takes RPC requests and either answers each with `{}` or keeps silent, counting
/// what it received: the far side of `RPCClient` in the reachability tests.
final class ScriptedRPCServer: Sendable {
    private let thread = Mutex<SocketThread?>(nil)
    private let received = Atomic<Int>(0)

    /// Binds `endpoint` on its own thread; `answers` says whether requests get a reply.
    init(endpoint: String, context: ZMQContext, answers: Bool) throws {
        let router = try ZMQSocket(context, type: .router)
        try router.bind(endpoint)
        nonisolated(unsafe) let socket = router
        let socketThread = SocketThread(name: "scripted-rpc") { [self] thread in
            defer { socket.close() }
            var poller = ZMQPoller()
            poller.add(socket)
            while thread.isRunning {
                guard (try? poller.poll(timeoutMilliseconds: 20)) != nil,
                    let frames = try? socket.receive(dontWait: true), frames.count == 5
                else { continue }
                received.add(1, ordering: .relaxed)
                guard answers else { continue }
                let requestID = String(decoding: frames[2], as: UTF8.self)
                let reply = StreamWire.rpcReply(requestID: requestID, ok: true, body: Data("{}".utf8))
                _ = try? socket.send([frames[0]] + reply, dontWait: true)
            }
        }
        thread.withLock { $0 = socketThread }
    }

    /// How many requests arrived.
    var requests: Int { received.load(ordering: .relaxed) }

    /// Closes the socket: nothing answers at the endpoint any more.
    func stop() async {
        guard let socketThread = thread.withLock({ $0 }) else { return }
        socketThread.stop()
        await socketThread.join()
    }
}
