import Contracts
import Foundation
import Synchronization
import ZeroMQBus

/// Calls a service's RPCs over a DEALER socket from async code.
///
/// A dedicated thread owns the socket; calls wait on a continuation, so nothing blocks the cooperative
/// pool. Each call has a deadline; a late reply is dropped. Requests carry a request id; commands that
/// change state should also carry a client idempotency key in their body, so a retry is harmless.
public final class RPCClient: Sendable {
    /// The server's ROUTER endpoint.
    public let endpoint: String
    private let mailbox: Mailbox<[Data]>
    private let pending = Mutex<PendingCalls>(PendingCalls())
    private let nextID = Atomic<UInt64>(0)
    private let prefix = String(UUID().uuidString.prefix(8)).lowercased()
    private let thread = Mutex<SocketThread?>(nil)

    private struct Pending {
        let continuation: CheckedContinuation<Data, any Error>
        let deadline: ContinuousClock.Instant
        let method: String
    }

    /// The calls waiting for a reply, and whether the socket thread has ended (then no call can wait: nothing
    /// would ever answer it or expire it).
    private struct PendingCalls {
        var calls: [String: Pending] = [:]
        var isClosed = false
    }

    /// Connects (lazily: the server may start later).
    public init(endpoint: String, context: ZMQContext) throws {
        self.endpoint = endpoint
        mailbox = try Mailbox()
        let socket = SocketThread(name: "rpc-client") { [self] thread in
            run(thread: thread, context: context)
        }
        thread.withLock { $0 = socket }
    }

    /// Calls `method` with a JSON body; returns the JSON result or throws `RPCCallError`.
    public func call(_ method: String, body: Data = Data("{}".utf8), timeout: Duration = .seconds(5)) async throws
        -> Data
    {
        let id = "\(prefix)-\(nextID.add(1, ordering: .relaxed).newValue)"
        let deadline = ContinuousClock.now + timeout
        return try await withTaskCancellationHandler {
            try await withCheckedThrowingContinuation { continuation in
                // A task cancelled before this point missed its cancellation handler's effect; a closed client
                // has no thread left to answer or expire the call. Both fail at once instead of waiting forever.
                let refusal: (any Error)? = pending.withLock { state in
                    if state.isClosed { return RPCCallError.closed(endpoint: endpoint) }
                    if Task.isCancelled { return CancellationError() }
                    state.calls[id] = Pending(continuation: continuation, deadline: deadline, method: method)
                    return nil
                }
                if let refusal {
                    continuation.resume(throwing: refusal)
                } else {
                    mailbox.post(StreamWire.rpcRequest(requestID: id, method: method, body: body))
                }
            }
        } onCancel: {
            pending.withLock { $0.calls.removeValue(forKey: id) }?.continuation.resume(throwing: CancellationError())
        }
    }

    /// Calls with Codable parameters and result.
    public func call<Result: Decodable>(
        _ method: String, params: some Encodable, as: Result.Type, timeout: Duration = .seconds(5)
    ) async throws -> Result {
        let body = try Self.encoder.encode(params)
        let reply = try await call(method, body: body, timeout: timeout)
        return try Self.decoder.decode(Result.self, from: reply)
    }

    private static let encoder = DomainTime.makeEncoder()
    private static let decoder = DomainTime.makeDecoder()

    /// Stops the thread; pending calls fail with `RPCCallError.closed`.
    public func close() async {
        guard let socketThread = thread.withLock({ $0 }) else { return }
        socketThread.stop()
        mailbox.wakeup.signal()
        await socketThread.join()
    }

    private func run(thread: SocketThread, context: ZMQContext) {
        defer { failAll(RPCCallError.closed(endpoint: endpoint), closing: true) }
        guard let dealer = try? ZMQSocket(context, type: .dealer) else { return }
        defer { dealer.close() }
        do {
            try dealer.set(.maximumMessageSize(bytes: 256 << 20))
            try dealer.set(.reconnectInterval(milliseconds: 50))
            try dealer.set(.reconnectIntervalMax(milliseconds: 1000))
            try dealer.connect(endpoint)
        } catch {
            failAll(error)
            return
        }
        var poller = ZMQPoller()
        poller.add(dealer)
        poller.add(fileDescriptor: mailbox.wakeup.fileDescriptor)
        while thread.isRunning {
            do {
                try poller.poll(timeoutMilliseconds: pollTimeout())
                for request in mailbox.takeAll() where !(try dealer.send(request, dontWait: true)) {
                    fail(requestID: request[1], RPCCallError.unreachable(endpoint: endpoint))
                }
                while let frames = try dealer.receive(dontWait: true) { deliver(frames) }
            } catch {
                if error.contextTerminated { return }
            }
            expireOverdue()
        }
    }

    /// How long the thread may sleep: until the nearest call's deadline, and at most 250 ms. New requests and
    /// `close()` wake it through the mailbox, so an idle client costs a few wake-ups a second, not fifty.
    private func pollTimeout() -> Int {
        let nearest = pending.withLock { $0.calls.values.map(\.deadline).min() }
        guard let nearest else { return 250 }
        let (seconds, attoseconds) = (nearest - ContinuousClock.now).components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
        return Int(min(250, max(0, milliseconds)))
    }

    private func deliver(_ frames: [Data]) {
        guard case .success(.rpc(let requestID, let ok, let body)) = StreamWire.parseReply(frames),
            let call = pending.withLock({ $0.calls.removeValue(forKey: requestID) })
        else { return }
        if ok {
            call.continuation.resume(returning: body)
        } else {
            let failure =
                (try? JSONDecoder().decode(RPCErrorBody.self, from: body))?.error
                ?? RPCFailure(code: "bad_reply", message: String(decoding: body, as: UTF8.self))
            call.continuation.resume(throwing: RPCCallError.failed(failure))
        }
    }

    private func fail(requestID frame: Data, _ error: any Error) {
        let id = String(decoding: frame, as: UTF8.self)
        pending.withLock { $0.calls.removeValue(forKey: id) }?.continuation.resume(throwing: error)
    }

    private func expireOverdue() {
        let now = ContinuousClock.now
        let overdue = pending.withLock { state in
            let expired = state.calls.filter { $0.value.deadline <= now }
            for id in expired.keys { state.calls.removeValue(forKey: id) }
            return Array(expired.values)
        }
        for call in overdue {
            call.continuation.resume(throwing: RPCCallError.timedOut(method: call.method, endpoint: endpoint))
        }
    }

    /// Fails every waiting call; `closing` also refuses every later one (the socket thread is ending).
    private func failAll(_ error: any Error, closing: Bool = false) {
        let calls = pending.withLock { state in
            if closing { state.isClosed = true }
            defer { state.calls.removeAll() }
            return Array(state.calls.values)
        }
        for call in calls { call.continuation.resume(throwing: error) }
    }
}

/// Why an RPC call did not return a result.
public enum RPCCallError: Error, Sendable, CustomStringConvertible {
    /// The server answered with an error.
    case failed(RPCFailure)
    /// No reply before the deadline: the service is down, busy or unreachable.
    case timedOut(method: String, endpoint: String)
    /// The request could not be queued.
    case unreachable(endpoint: String)
    /// The client was closed.
    case closed(endpoint: String)

    public var description: String {
        switch self {
        case .failed(let failure): failure.description
        case .timedOut(let method, let endpoint):
            "No reply to \(method) from \(endpoint) in time; is the service running?"
        case .unreachable(let endpoint): "Cannot queue a request to \(endpoint)."
        case .closed(let endpoint): "The client for \(endpoint) was closed."
        }
    }
}
