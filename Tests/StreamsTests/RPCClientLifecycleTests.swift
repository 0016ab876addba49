import Foundation
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// An RPC call never waits forever: not after the client closed or its context ended, not when its task was
/// cancelled before it started. (A dispatch partition handed to another worker shuts down with calls in flight.)
struct RPCClientLifecycleTests {
    @Test("a call on a closed client fails at once with `closed`")
    func callAfterClose() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try ZMQContext()
        defer { context.terminate() }
        let client = try RPCClient(endpoint: directory.ipc("nobody.rpc"), context: context)
        await client.close()
        let started = ContinuousClock.now
        await #expect(throws: RPCCallError.self) { try await client.call("health", timeout: .seconds(60)) }
        #expect(ContinuousClock.now - started < .seconds(30))
    }

    @Test("a call after the context was terminated fails instead of hanging")
    func callAfterContextTerminated() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try ZMQContext()
        let client = try RPCClient(endpoint: directory.ipc("nobody.rpc"), context: context)
        context.terminate()
        try await waitUntil("the client's thread has ended") {
            do {
                _ = try await client.call("health", timeout: .seconds(60))
                return false
            } catch let error as RPCCallError {
                if case .closed = error { return true }
                return false
            }
        }
    }

    @Test("a call from an already cancelled task throws CancellationError without waiting for its timeout")
    func cancelledBeforeTheCall() async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try ZMQContext()
        defer { context.terminate() }
        let client = try RPCClient(endpoint: directory.ipc("nobody.rpc"), context: context)
        let task = Task {
            withUnsafeCurrentTask { $0?.cancel() }
            return try await client.call("health", timeout: .seconds(60))
        }
        await #expect(throws: CancellationError.self) { try await task.value }
        await client.close()
    }
}
