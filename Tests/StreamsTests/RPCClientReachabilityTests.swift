import Foundation
import Streams
import TestSupport
import Testing
import ZeroMQBus

/// A call that gets no reply tells which of two things happened: its request went out and the server did not answer
/// in time (`timedOut`: the server may have acted on it), or no server was connected to take it (`unreachable`: it
/// was never sent, and the client says whether it had reached a server there before).
@Suite(.timeLimit(.minutes(1)))
struct RPCClientReachabilityTests {
    /// A client of `endpoint` in a fresh context; `body` runs with it, and both are closed after.
    static func withClient(
        _ body: (RPCClient, String, ZMQContext) async throws -> Void
    ) async throws {
        let directory = try TemporaryDirectory()
        defer { directory.remove() }
        let context = try ZMQContext()
        defer { context.terminate() }
        let endpoint = directory.ipc("service.rpc")
        let client = try RPCClient(endpoint: endpoint, context: context)
        try await body(client, endpoint, context)
        await client.close()
    }

    /// The error `call` fails with.
    static func failure(_ call: () async throws -> Data) async -> RPCCallError? {
        do {
            _ = try await call()
            return nil
        } catch {
            return error as? RPCCallError
        }
    }

    @Test("Nothing listening: the request is never sent, and the call is unreachable, never having reached a server")
    func nothingListens() async throws {
        try await Self.withClient { client, endpoint, _ in
            let error = await Self.failure { try await client.call("health", timeout: .milliseconds(300)) }
            guard case .unreachable(let method, let at, let hadReachedServer)? = error else {
                Issue.record("expected unreachable, got \(String(describing: error))")
                return
            }
            #expect(method == "health" && at == endpoint && !hadReachedServer)
            #expect(error?.description.hasPrefix("Nothing answers at \(endpoint) (health was not sent)") == true)
        }
    }

    @Test("A server that takes the request and stays silent: the call timed out after its request went out")
    func silentServer() async throws {
        try await Self.withClient { client, endpoint, context in
            let server = try ScriptedRPCServer(endpoint: endpoint, context: context, answers: false)
            let error = await Self.failure { try await client.call("orders.place", timeout: .milliseconds(500)) }
            guard case .timedOut(let method, let at)? = error else {
                Issue.record("expected timedOut, got \(String(describing: error))")
                await server.stop()
                return
            }
            #expect(method == "orders.place" && at == endpoint && server.requests == 1)
            #expect(error?.description.contains("the request went out") == true)
            await server.stop()
        }
    }

    @Test("A server that answered and went away: later calls are unreachable, having reached a server before")
    func serverGone() async throws {
        try await Self.withClient { client, endpoint, context in
            let server = try ScriptedRPCServer(endpoint: endpoint, context: context, answers: true)
            #expect(try await client.call("health", timeout: .seconds(5)) == Data("{}".utf8))
            await server.stop()
            try await waitUntil("the client sees the server gone") {
                guard
                    case .unreachable(_, _, hadReachedServer: true)? = await Self.failure({
                        try await client.call("health", timeout: .milliseconds(200))
                    })
                else { return false }
                return true
            }
        }
    }

    @Test("A request made before its server starts waits in the client and goes out when the server comes")
    func serverStartsLate() async throws {
        try await Self.withClient { client, endpoint, context in
            async let answer = client.call("health", timeout: .seconds(10))
            try await Task.sleep(for: .milliseconds(300))
            let server = try ScriptedRPCServer(endpoint: endpoint, context: context, answers: true)
            #expect(try await answer == Data("{}".utf8))
            #expect(server.requests == 1)
            await server.stop()
        }
    }
}
