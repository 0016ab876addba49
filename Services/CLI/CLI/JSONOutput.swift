import Foundation
import ServiceKit
import Streams

/// Prints RPC results for people: pretty, key-sorted JSON.
enum JSONOutput {
    static func print(_ data: Data) {
        guard let object = try? JSONSerialization.jsonObject(with: data, options: [.fragmentsAllowed]),
            let pretty = try? JSONSerialization.data(
                withJSONObject: object,
                options: [.prettyPrinted, .sortedKeys, .withoutEscapingSlashes, .fragmentsAllowed])
        else {
            Swift.print(String(decoding: data, as: UTF8.self))
            return
        }
        Swift.print(String(decoding: pretty, as: UTF8.self))
    }

    /// A JSON body from a dictionary of plain values.
    static func body(_ object: [String: Any]) throws -> Data {
        try JSONSerialization.data(withJSONObject: object, options: [.sortedKeys])
    }
}

extension MeshConnection {
    /// Runs one RPC with the shared options and prints its result as JSON.
    static func printCall(
        _ options: ServiceOptions, _ instance: String, _ method: String, body: Data, timeout: Duration = .seconds(10)
    ) async throws {
        let result = try await with(options) { mesh in
            try await mesh.call(instance, method, body: body, timeout: timeout)
        }
        JSONOutput.print(result)
    }

    /// Calls `method` on `instance` with a raw JSON body; refusals and an unreachable mesh become one line.
    func call(_ instance: String, _ method: String, body: Data, timeout: Duration = .seconds(10)) async throws -> Data {
        let client = try client(for: instance)
        return try await Calls.perform { try await client.call(method, body: body, timeout: timeout) }
    }
}
