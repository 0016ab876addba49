import Foundation
import Synchronization
import ZeroMQBus

/// A stand-in for the supervisor's XSUB/XPUB proxy (F18): a SUB that takes everything from a publisher's
/// XPUB, and an XPUB that passes each message on as it comes.
///
/// The SUB subscribes to everything, so subscription frames need not travel upstream. Stopping the relay
/// drops whatever it holds, as a proxy restart does. Its sockets live on its own `SocketThread`.
final class BusRelay: Sendable {
    private struct Counts {
        var subscriptions = 0
        var forwarded = 0
        var failure: String?
    }

    private let counts = Mutex(Counts())
    private let thread = Mutex<SocketThread?>(nil)

    /// Connects to `upstream` and binds `downstream`; returns once both are set up.
    init(from upstream: String, to downstream: String, context: ZMQContext) async throws {
        try await withCheckedThrowingContinuation { (started: CheckedContinuation<Void, any Error>) in
            let loop = SocketThread(name: "bus-relay") { [self] thread in
                do {
                    try run(thread, upstream: upstream, downstream: downstream, context: context, started: started)
                } catch {
                    counts.withLock { $0.failure = "\(error)" }
                }
            }
            thread.withLock { $0 = loop }
        }
    }

    /// Subscription frames seen downstream: once positive, a subscriber is connected.
    var subscriptions: Int { counts.withLock { $0.subscriptions } }

    /// Messages passed on so far.
    var forwarded: Int { counts.withLock { $0.forwarded } }

    /// Why the thread ended early, if it did.
    var failure: String? { counts.withLock { $0.failure } }

    /// Stops forwarding and closes both sockets.
    func stop() async {
        guard let loop = thread.withLock({ $0 }) else { return }
        loop.stop()
        await loop.join()
    }

    private func run(
        _ thread: SocketThread, upstream: String, downstream: String, context: ZMQContext,
        started: CheckedContinuation<Void, any Error>
    ) throws {
        let sub: ZMQSocket
        let xpub: ZMQSocket
        do {
            sub = try ZMQSocket(context, type: .sub)
            try sub.connect(upstream)
            try sub.subscribe("")
            xpub = try ZMQSocket(context, type: .xpub)
            try xpub.set(.xpubVerbose(true))
            try xpub.bind(downstream)
        } catch {
            started.resume(throwing: error)
            return
        }
        started.resume()
        defer {
            sub.close()
            xpub.close()
        }
        var poller = ZMQPoller()
        poller.add(sub)
        poller.add(xpub)
        while thread.isRunning {
            try poller.poll(timeoutMilliseconds: 10)
            var forwarded = 0
            while let frames = try sub.receive(dontWait: true) {
                try xpub.send(frames, dontWait: true)
                forwarded += 1
            }
            var subscriptions = 0
            while let frames = try xpub.receive(dontWait: true) {
                if frames.first?.first == 1 { subscriptions += 1 }
            }
            counts.withLock {
                $0.forwarded += forwarded
                $0.subscriptions += subscriptions
            }
        }
    }
}
