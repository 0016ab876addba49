import Contracts
import Foundation
import ServiceKit
import Streams

extension MeshConnection {
    /// Calls `method` on `instance` with a contract request and decodes the contract answer; a refusal or a call
    /// that got no answer becomes one line (`Calls`), which for a timed-out call says whether `retry` is safe.
    func call<Answer: Decodable>(
        _ instance: String, _ method: String, params: some Encodable & Sendable, as answer: Answer.Type,
        retry: RetryAdvice, timeout: Duration = .seconds(10)
    ) async throws -> Answer {
        let client = try client(for: instance)
        return try await Calls.perform(retry) {
            try await client.call(method, params: params, as: answer, timeout: timeout)
        }
    }

    /// Runs one RPC with the shared options and prints its answer as JSON.
    static func printCall<Answer: Codable & Sendable>(
        _ options: ServiceOptions, _ instance: String, _ method: String, params: some Encodable & Sendable,
        as answer: Answer.Type, retry: RetryAdvice, timeout: Duration = .seconds(10)
    ) async throws {
        let result = try await with(options) { mesh in
            try await mesh.call(instance, method, params: params, as: answer, retry: retry, timeout: timeout)
        }
        try JSONOutput.print(result)
    }
}
