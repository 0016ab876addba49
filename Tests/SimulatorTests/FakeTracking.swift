import Contracts
import Foundation
import Simulator
import Streams
import Synchronization

/// Stands in for the tracking service: records every scan the sender reports and answers as told.
final class FakeTracking: TrackingCaller {
    /// How `tracking.scan` answers.
    enum Answer: Sendable {
        /// Takes the scan.
        case accept
        /// Answers with this error code (a refusal, or `unavailable` for "try later").
        case error(String)
    }

    private struct State {
        var reports: [ScanReport] = []
        var answer = Answer.accept
    }

    private let state = Mutex(State())

    /// From now on `tracking.scan` answers with `answer`.
    func answer(with answer: Answer) {
        state.withLock { $0.answer = answer }
    }

    /// Every scan reported so far, in order, repeats included.
    var reports: [ScanReport] { state.withLock { $0.reports } }

    func call(_ method: String, body: Data) async throws {
        let report = try DomainTime.makeDecoder().decode(ScanReport.self, from: body)
        let answer = state.withLock { state in
            state.reports.append(report)
            return state.answer
        }
        guard method == "tracking.scan" else {
            throw RPCCallError.failed(RPCFailure(code: "unknown_method", message: "no method \(method)"))
        }
        if case .error(let code) = answer {
            throw RPCCallError.failed(RPCFailure(code: code, message: "fake tracking says \(code)"))
        }
    }
}
