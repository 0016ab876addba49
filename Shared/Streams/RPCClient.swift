import Contracts
import Foundation
import Synchronization
import ZeroMQBus

/// Calls a service's RPCs over a DEALER socket from async code.
///
/// A dedicated thread owns the socket; calls wait on a continuation, so nothing blocks the cooperative
/// pool. Each call has a deadline; a late reply is dropped. Requests carry a request id; commands that
/// change state should also carry a client idempotency key in their body, so a retry is harmless.
///
/// The socket hands a request only to a connected server (`ZMQ_IMMEDIATE`); until one is connected the request
/// waits in the client, and is tried again as the connection comes (after 1 ms, then up to every 50 ms). So a
/// call that gets no reply knows whether its request went out: `timedOut` if it did (the server may have acted
/// on it), `unreachable` if nothing was connected to take it before the deadline (the server never saw it).
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
        /// Whether the request was handed to a connected server.
        var isSent = false
    }

    /// The calls waiting for a reply, whether the socket thread has ended (then no call can wait: nothing
    /// would ever answer it or expire it), and whether a server was ever connected to take a request.
    private struct PendingCalls {
        var calls: [String: Pending] = [:]
        var isClosed = false
        var hasReachedServer = false
    }

    /// A request posted by `call` that no connected server has taken yet.
    private typealias Request = (id: String, frames: [Data])

    /// The first wait before a request that found no connected server is tried again, and the longest (the
    /// socket's own reconnect interval): the wait doubles while no server connects.
    private static let sendRetryMilliseconds = (first: 1, longest: 50)

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
            try dealer.set(.reconnectInterval(milliseconds: 50))
            try dealer.set(.reconnectIntervalMax(milliseconds: 1000))
            try dealer.set(.immediate(true))
            try dealer.connect(endpoint)
        } catch {
            failAll(error)
            return
        }
        var poller = ZMQPoller()
        poller.add(dealer)
        poller.add(fileDescriptor: mailbox.wakeup.fileDescriptor)
        var unsent: [Request] = []
        var retryMilliseconds = Self.sendRetryMilliseconds.first
        while thread.isRunning {
            do {
                try poller.poll(timeoutMilliseconds: pollTimeout(retrying: unsent.isEmpty ? nil : retryMilliseconds))
                unsent += mailbox.takeAll().map { (String(decoding: $0[1], as: UTF8.self), $0) }
                let waiting = unsent.count
                unsent = send(unsent, on: dealer)
                retryMilliseconds =
                    unsent.count < waiting
                    ? Self.sendRetryMilliseconds.first
                    : min(retryMilliseconds * 2, Self.sendRetryMilliseconds.longest)
                while let frames = try dealer.receive(dontWait: true) { deliver(frames) }
            } catch {
                if error.contextTerminated { return }
            }
            expireOverdue()
        }
    }

    /// Hands `requests` to the socket in order while a server is connected to take them; returns those still
    /// waiting. A request whose call has ended (expired or cancelled) is dropped unsent; one the socket refuses
    /// with an error fails its call with it.
    private func send(_ requests: [Request], on dealer: ZMQSocket) -> [Request] {
        var taken = 0
        for request in requests {
            guard pending.withLock({ $0.calls[request.id] != nil }) else {
                taken += 1
                continue
            }
            do {
                guard try dealer.send(request.frames, dontWait: true) else { break }
                pending.withLock { state in
                    state.calls[request.id]?.isSent = true
                    state.hasReachedServer = true
                }
            } catch {
                fail(requestID: request.id, error)
            }
            taken += 1
        }
        return Array(requests.dropFirst(taken))
    }

    /// How long the thread may sleep: until the nearest call's deadline, at most `retrying` milliseconds while
    /// requests wait for a server, and at most 250 ms. New requests and `close()` wake it through the mailbox,
    /// so an idle client costs a few wake-ups a second, not fifty.
    private func pollTimeout(retrying: Int?) -> Int {
        let longest = retrying ?? 250
        let nearest = pending.withLock { $0.calls.values.map(\.deadline).min() }
        guard let nearest else { return longest }
        let (seconds, attoseconds) = (nearest - ContinuousClock.now).components
        let milliseconds = seconds * 1000 + attoseconds / 1_000_000_000_000_000 + 1
        return Int(min(Int64(longest), max(0, milliseconds)))
    }

    private func deliver(_ frames: [Data]) {
        guard case .success(.rpc(let requestID, let ok, let body)) = StreamWire.parseReply(frames),
            let call = pending.withLock({ state in
                state.hasReachedServer = true
                return state.calls.removeValue(forKey: requestID)
            })
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

    private func fail(requestID id: String, _ error: any Error) {
        pending.withLock { $0.calls.removeValue(forKey: id) }?.continuation.resume(throwing: error)
    }

    /// Fails the calls whose deadline passed: `timedOut` if the request went out, else `unreachable`.
    private func expireOverdue() {
        let now = ContinuousClock.now
        let (overdue, hasReachedServer) = pending.withLock { state in
            let expired = state.calls.filter { $0.value.deadline <= now }
            for id in expired.keys { state.calls.removeValue(forKey: id) }
            return (Array(expired.values), state.hasReachedServer)
        }
        for call in overdue {
            let error =
                call.isSent
                ? RPCCallError.timedOut(method: call.method, endpoint: endpoint)
                : RPCCallError.unreachable(method: call.method, endpoint: endpoint, hadReachedServer: hasReachedServer)
            call.continuation.resume(throwing: error)
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
