import ArgumentParser
import Contracts
import Streams

/// How the CLI reports a failed RPC.
enum Calls {
    /// Runs a call; an unreachable mesh or a refusal becomes one line (`CommandFailure`).
    /// A refused request (`invalid_request`) is bad input: one line with every refused field, exit 2.
    static func perform<T>(_ call: () async throws -> T) async throws -> T {
        do {
            return try await call()
        } catch RPCCallError.failed(let failure) where failure.code == "invalid_request" {
            let fields = failure.errors.map { $0.map(\.description).joined(separator: "; ") }
            throw ValidationError(fields ?? failure.description)
        } catch let error as RPCCallError {
            if case .timedOut = error { throw CommandFailure("\(error) Start it with `dropline up`.") }
            throw CommandFailure("\(error)")
        }
    }
}
