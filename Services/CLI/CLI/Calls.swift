import ArgumentParser
import Contracts
import Streams

/// How the CLI reports a failed RPC, in one line: a refusal exits 2, a failure to carry the call out exits 1.
enum Calls {
    /// Runs a call and turns its `RPCCallError` into the CLI's line (`failure(for:retry:)`).
    static func perform<T>(_ retry: RetryAdvice, _ call: () async throws -> T) async throws -> T {
        do {
            return try await call()
        } catch let error as RPCCallError {
            throw failure(for: error, retry: retry)
        }
    }

    /// The CLI's error for a call that returned no result:
    /// - a refusal (`invalid_request`, `not_found`, `conflict`, `sold_out`, …) is a `CommandRefusal` (exit 2) with
    ///   every field at fault and the code (`RPCFailure.line`); a service's failure (`unavailable`, `internal`) is a
    ///   `CommandFailure` (exit 1) in the same shape;
    /// - a request that went out and got no reply is a `CommandFailure` that says so, and whether running the
    ///   command again is safe (`retry`);
    /// - a request that nothing was connected to take says the service does not answer, and how to start it.
    static func failure(for error: RPCCallError, retry: RetryAdvice) -> any Error {
        switch error {
        case .failed(let failure):
            failure.isRefusal ? CommandRefusal(failure.line) : CommandFailure(failure.line)
        case .timedOut:
            CommandFailure("\(error) \(retry.sentence)")
        case .unreachable(_, _, hadReachedServer: false):
            CommandFailure("\(error) Start it with `dropline up`.")
        case .unreachable, .closed:
            CommandFailure("\(error) See `dropline status`.")
        }
    }
}
