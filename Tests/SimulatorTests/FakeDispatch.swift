import Contracts
import Foundation
import Simulator
import Streams
import Synchronization

/// Stands in for the dispatch partitions: records every call the sender makes and answers as told per method.
final class FakeDispatch: DispatchCaller {
    /// How a method answers.
    enum Answer: Sendable {
        /// Takes the call.
        case accept
        /// Answers with this error code (a refusal, or `unavailable` for "try later").
        case error(String)
        /// Never answers in time.
        case timeOut
        /// Does not return until the caller is cancelled (a process killed mid-call).
        case hang
    }

    /// One call as made.
    struct Call: Sendable, Equatable {
        var method: String
        var purchaseOrderID: PurchaseOrderID
        var body: Data
    }

    private struct State {
        var calls: [Call] = []
        var answers: [String: Answer] = [:]
        var hanging: [AsyncStream<Void>.Continuation] = []
    }

    private let state = Mutex(State())

    /// From now on `method` answers with `answer` (every method accepts unless told otherwise).
    func answer(_ method: String, with answer: Answer) {
        state.withLock { $0.answers[method] = answer }
    }

    /// Every call made so far, in order.
    var calls: [Call] { state.withLock { $0.calls } }

    /// The methods called so far, in order.
    var methods: [String] { calls.map(\.method) }

    /// The bodies of the calls of `method`, decoded.
    func bodies<Body: Decodable>(of method: String, as _: Body.Type) throws -> [Body] {
        try calls.filter { $0.method == method }.map { try DomainTime.makeDecoder().decode(Body.self, from: $0.body) }
    }

    func call(_ method: String, body: Data, for purchaseOrderID: PurchaseOrderID) async throws {
        let answer = state.withLock { state in
            state.calls.append(Call(method: method, purchaseOrderID: purchaseOrderID, body: body))
            return state.answers[method] ?? .accept
        }
        switch answer {
        case .accept:
            return
        case .error(let code):
            throw RPCCallError.failed(RPCFailure(code: code, message: "fake dispatch says \(code)"))
        case .timeOut:
            throw RPCCallError.timedOut(method: method, endpoint: "fake")
        case .hang:
            let (stream, continuation) = AsyncStream.makeStream(of: Void.self)
            state.withLock { $0.hanging.append(continuation) }
            for await _ in stream {}
            throw CancellationError()
        }
    }
}
